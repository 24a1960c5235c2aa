// English strings of the wizard's frame: step navigation, Back and Next (Japanese: wizard-messages.ja.ts).
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
};
