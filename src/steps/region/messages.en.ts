import { regionNamesEn } from '../../setup/region-names.en';

export const regionEn = {
  title: 'Region and unique identifier',
  intro: 'Choose where your Trend Micro Email Security account is hosted, and the unique identifier you will also enter on the Trend Micro console.',
  regionLabel: 'Region',
  regionOption: '{{region}} ({{domain}})',
  regions: regionNamesEn,
  cmpIdLabel: 'Unique identifier (cmpID)',
  cmpIdHint: 'Letters, digits, - and _, up to 64 characters. Record it: the Trend Micro SSO profile needs the same value.',
  generate: 'Generate',
  previewLabel: 'Preview',
  previewHeading: 'What will be written',
  identifier: 'Identifier (Entity ID)',
  replyUrl: 'Reply URL (ACS)',
  replyUrlPending: 'Enter a valid unique identifier to see the reply URL.',
  regionPending: 'Choose a region to see this value.',
  existingApp:
    'The app "{{name}}" already uses this region\'s identifier in your tenant. Identifiers are unique per tenant, so the wizard will update that app instead of creating a new one.',
};

declare module '../../i18n/feature-catalogues' {
  interface FeatureCatalogues {
    region: typeof regionEn;
  }
}
