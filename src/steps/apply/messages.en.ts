export const applyEn = {
  title: 'Apply',
  intro: 'Each Microsoft Graph operation and its progress. Operations that do not depend on each other run at the same time.',
  state: {
    pending: 'Pending',
    running: 'Running',
    retrying: 'Retrying',
    done: 'Done',
    failed: 'Failed',
  },
  backToReview: 'Back to review',
  removeCreated: 'Remove what this run created',
  tryAgain: 'Try again',
  continueToSummary: 'Continue to summary',
  reviewAgain: 'Review again',
  tenantMismatch: 'This plan was made for tenant {{planned}}, but you are signed in to {{signedIn}}. Nothing will be applied.',
  staleTitle: 'Another tab created this app meanwhile',
  staleBody:
    'While this plan waited its turn, another tab of the wizard created the app for this identifier. Nothing was written here. Review again: the new plan updates that app instead of creating a second one.',
  progress: '{{done, number}} of {{total, number}} operations done',
  operationsLabel: 'Operations',
  nextAttempt: 'Next attempt in {{seconds, number}} s: {{reason}}',
  stopped: 'Apply stopped. Everything that finished is recorded: Try again continues from here without creating anything twice.',
  removeTitle: 'Remove what this run created?',
  removeIntro: 'Deleting the application removes all of this from your tenant:',
  removeFailed: 'Could not remove it: {{reason}}',
  keep: 'Keep it',
  removing: 'Removing…',
  remove: 'Remove',
  refused: {
    body: 'Microsoft refused the sign-in this step needs ({{code}}). The wizard does not ask again on its own, and nothing further was written.',
    askAgain: 'Ask Microsoft again',
  },
  consent: {
    body: 'Consent is missing: Microsoft issued a token without the permissions below, so Microsoft Graph refused the request. An administrator who may consent for your organization can grant them now; the wizard then continues where it stopped.',
    grant: 'Grant consent',
    granting: 'Opening Microsoft sign-in…',
    failed: 'Could not ask for consent: {{reason}}',
  },
};

declare module '../../i18n/feature-catalogues' {
  interface FeatureCatalogues {
    apply: typeof applyEn;
  }
}
