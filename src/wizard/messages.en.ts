// English strings of the wizard's frame: step navigation, Back and Next (Japanese: messages.ja.ts).
export const wizardEn = {
  stepsLabel: 'Wizard steps',
  stepButton: '{{number}}. {{label}}',
  steps: {
    name: 'Application name',
    people: 'Users and groups',
    region: 'Region and unique identifier',
    claims: 'Claims',
    certificate: 'Signing certificate',
    review: 'Review',
    apply: 'Apply',
    summary: 'Summary',
  },
  back: 'Back',
  next: 'Next',
  startOver: {
    button: 'Start over',
    title: 'Start over?',
    intro: 'This discards, in this browser tab:',
    answers: 'every answer given so far',
    answersNamed: 'every answer given so far (application "{{appName}}", unique identifier {{cmpId}})',
    applyRecord: 'the record of the last apply, which the summary shows: copy its values first if you still need them',
    directoryKept: 'Nothing changes in your directory: the app and its settings stay in Microsoft Entra ID, and running the wizard again finds the app.',
    cancel: 'Cancel',
    confirm: 'Discard and start over',
  },
};

declare module '../i18n/feature-catalogues' {
  interface FeatureCatalogues {
    wizard: typeof wizardEn;
  }
}
