// The language, on the first screen: detected (the remembered choice, else the browser's), switched,
// remembered, and <html lang>. The start page reads its strings (the `app` catalogue) through
// `useAppText` below; the wizard, the check and the share page use i18next (src/i18n/i18n.ts), which
// loads with them, so its 19 kB stay off the first screen (docs/decisions/008-translation-layer.md).
// Both read the same catalogue files; a unit test checks that they render every `app` string alike.
import { useSyncExternalStore } from 'react';
import { appEn } from '../shell/messages.en';
import { pseudoLocalize, type Messages } from './catalogue';

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Test-only pseudo-locale: set `tmes-sso-wizard.language` to it by hand (e2e/i18n.spec.ts does). */
export const PSEUDO_LANGUAGE = 'en-XA';
export type AnyLanguage = Language | typeof PSEUDO_LANGUAGE;
const LANGUAGE_STORAGE_KEY = 'tmes-sso-wizard.language';

type AppMessages = typeof appEn;

/** Dotted keys of the `app` catalogue, e.g. `header.signOut`. */
type Paths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}` }[keyof T & string];
export type AppKey = Paths<AppMessages>;

const appCatalogues: Record<AnyLanguage, () => Promise<Messages>> = {
  en: async () => appEn,
  ja: () => import('../shell/messages.ja').then((module) => module.appJa),
  [PSEUDO_LANGUAGE]: async () => pseudoLocalize(appEn),
};

function isLanguage(value: unknown): value is AnyLanguage {
  return value === 'en' || value === 'ja' || value === PSEUDO_LANGUAGE;
}

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The remembered choice, else the browser's: the first of navigator.languages we have. */
export function detectLanguage(
  stored: string | null = readStoredLanguage(),
  browser: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
): AnyLanguage {
  if (isLanguage(stored)) return stored;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ja') return 'ja';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

let language: AnyLanguage = 'en';
let appMessages: Messages = appEn;
const listeners = new Set<() => void>();

/** Set by i18n.ts once it is loaded: a switch then also waits for the features' strings. */
let prepareFeatures: ((next: AnyLanguage) => Promise<void>) | null = null;

export function onLanguageSwitch(prepare: (next: AnyLanguage) => Promise<void>): void {
  prepareFeatures = prepare;
}

async function switchTo(next: AnyLanguage): Promise<void> {
  const [messages] = await Promise.all([appCatalogues[next](), prepareFeatures?.(next)]);
  appMessages = messages;
  language = next;
  // Screen readers pronounce the page right; the browser picks Japanese fonts and line breaking.
  if (typeof document !== 'undefined') {
    document.documentElement.lang = next === PSEUDO_LANGUAGE ? 'en' : next;
    document.title = appText('productName');
  }
  listeners.forEach((listener) => listener());
}

export function currentLanguage(): AnyLanguage {
  return language;
}

/** At boot, before the first render. A catalogue that cannot load leaves the page in English, not broken. */
export function startLanguage(): Promise<void> {
  return switchTo(detectLanguage()).catch(() => switchTo('en'));
}

/** The admin's choice in the header: loaded, switched, remembered. */
export async function chooseLanguage(next: Language): Promise<void> {
  await switchTo(next);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
  } catch {
    // Storage disabled: the choice lasts for this page.
  }
}

/** The language menu shows en-XA as English (it is English, marked). */
export function menuLanguage(): Language {
  return language === 'ja' ? 'ja' : 'en';
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** A first-screen string in the current language, with `{{name}}` filled in (no plurals there). */
export function appText(key: AppKey, values: Record<string, string | number> = {}): string {
  const template = lookup(appMessages, key) ?? lookup(appEn, key) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** appText, re-rendering the component when the language changes. */
export function useAppText(): typeof appText {
  useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
  return appText;
}

/** Before a feature beyond the first screen renders: i18next and its strings in the current language. */
export function loadFeatureCatalogues(): Promise<void> {
  return import('./i18n').then((module) => module.startFeatures());
}
