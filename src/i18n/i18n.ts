// The one translation layer: i18next with react-i18next (docs/decisions/008-translation-layer.md).
// One namespace; its top-level keys are features (`app`, `people`, `review`, `check`, …), each
// written next to its code as messages.en.ts / messages.ja.ts.
//
// What loads when: this module, i18next and every feature's strings load with the first feature past
// the start page (the wizard, the check, the share page, a link's preset notice), through
// `loadFeatureCatalogues` (language.ts). The start page itself reads the bundled English `app`
// strings (or the Japanese chunk) through language.ts. Japanese is always a separate chunk.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { appEn } from '../shell/messages.en';
import { pseudoLocalize, type Messages } from './catalogue';
import { currentLanguage, LANGUAGES, onLanguageSwitch, PSEUDO_LANGUAGE, type AnyLanguage } from './language';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES, PSEUDO_LANGUAGE],
  resources: {},
  partialBundledLanguages: true,
  initAsync: false,
  // React escapes what it renders; i18next must not escape again ("&amp;" on screen).
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false },
});

const catalogues: Record<AnyLanguage, () => Promise<Messages>> = {
  en: () => import('./rest.en').then((module) => ({ app: appEn, ...module.restEn })),
  ja: () => Promise.all([import('../shell/messages.ja'), import('./rest.ja')]).then(([app, rest]) => ({ app: app.appJa, ...rest.restJa })),
  [PSEUDO_LANGUAGE]: () => import('./rest.en').then((module) => pseudoLocalize({ app: appEn, ...module.restEn })),
};

const loaded = new Map<AnyLanguage, Promise<void>>();

/** Every string of a language, without switching to it. */
export function loadLanguage(language: AnyLanguage): Promise<void> {
  let pending = loaded.get(language);
  if (!pending) {
    pending = catalogues[language]().then((messages) => {
      i18n.addResourceBundle(language, 'translation', messages, true, true);
    });
    // A failed load (a dropped connection) is tried again next time.
    pending.catch(() => loaded.delete(language));
    loaded.set(language, pending);
  }
  return pending;
}

async function follow(language: AnyLanguage): Promise<void> {
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

let started: Promise<void> | null = null;

/** Called through loadFeatureCatalogues: the current language's strings, and every switch after. */
export function startFeatures(): Promise<void> {
  if (!started) {
    onLanguageSwitch(follow);
    started = follow(currentLanguage());
    started.catch(() => (started = null));
  }
  return started.then(() => (i18n.language === currentLanguage() ? undefined : follow(currentLanguage())));
}
