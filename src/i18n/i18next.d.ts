// Keys passed to t() are checked against the English catalogue at compile time.
import 'i18next';
import type { appEn } from '../shell/messages.en';
import type { FeatureCatalogues } from './feature-catalogues';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: { app: typeof appEn } & FeatureCatalogues };
    returnNull: false;
  }
}
