// Keys passed to t() are checked against the English catalogue at compile time.
import 'i18next';
import type { appEn } from '../shell/messages.en';
import type { restEn } from './rest.en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: { app: typeof appEn } & typeof restEn };
    returnNull: false;
  }
}
