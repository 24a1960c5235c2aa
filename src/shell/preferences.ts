// The admin's display choices, remembered in this browser (localStorage): the theme, and (in
// src/i18n/i18n.ts) the language. Neither is secret nor tenant data, so sign-out keeps them.
import { useLayoutEffect, useSyncExternalStore } from 'react';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
const THEME_STORAGE_KEY = 'tmes-sso-wizard.theme';

function readThemeChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return (THEME_CHOICES as readonly string[]).includes(stored ?? '') ? (stored as ThemeChoice) : 'system';
  } catch {
    return 'system';
  }
}

let choice: ThemeChoice = typeof window === 'undefined' ? 'system' : readThemeChoice();
const listeners = new Set<() => void>();
const darkQuery = typeof window !== 'undefined' ? window.matchMedia('(prefers-color-scheme: dark)') : null;

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  darkQuery?.addEventListener('change', onChange);
  return () => {
    listeners.delete(onChange);
    darkQuery?.removeEventListener('change', onChange);
  };
}

export function chooseTheme(next: ThemeChoice): void {
  choice = next;
  try {
    localStorage.setItem(THEME_STORAGE_KEY, next);
  } catch {
    // Storage disabled: the choice lasts for this page.
  }
  listeners.forEach((listener) => listener());
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, () => choice);
}

/** Dark when chosen, or when "system" and the system says so. */
export function useDarkTheme(): boolean {
  return useSyncExternalStore(subscribe, () => (choice === 'system' ? (darkQuery?.matches ?? false) : choice === 'dark'));
}

/** The page's own canvas (scrollbars, form controls, overscroll) follows the theme too. */
export function useColorScheme(dark: boolean): void {
  useLayoutEffect(() => {
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  }, [dark]);
}
