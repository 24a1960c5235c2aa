export const nameEn = {
  title: 'Application name',
  intro: 'The name of the enterprise application in Microsoft Entra ID. Users see it in My Apps.',
  fieldLabel: 'Application name',
  checking: 'Looking for apps with this name…',
  found_one:
    "An app with this name already exists in your tenant. Entra ID allows duplicate names; the review step looks for an app with your region's identifier and updates it instead of creating another one.",
  found_other:
    "{{count, number}} apps with this name already exist in your tenant. Entra ID allows duplicate names; the review step looks for an app with your region's identifier and updates it instead of creating another one.",
  none: 'No app in your tenant has this name yet.',
  checkFailed: 'Could not check for existing apps: {{reason}}',
};

declare module '../../i18n/feature-catalogues' {
  interface FeatureCatalogues {
    name: typeof nameEn;
  }
}
