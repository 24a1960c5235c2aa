// Language and theme, in the header of every page (the wizard and the share page).
import { Select } from '@fluentui/react-components';
import { useId } from 'react';
import { chooseLanguage, LANGUAGES, menuLanguage, useAppText, type Language } from '../i18n/language';
import { chooseTheme, THEME_CHOICES, useThemeChoice, type ThemeChoice } from './preferences';

// Plain CSS (shell.css): the header is on the first screen (docs/decisions/007-performance.md).
const styles = { settings: 'display-settings', setting: 'display-setting', label: 'display-setting-label' } as const;

const THEME_LABEL_KEYS = { system: 'header.themeSystem', light: 'header.themeLight', dark: 'header.themeDark' } as const;

export function DisplaySettings() {
  const t = useAppText();
  const theme = useThemeChoice();
  const languageId = useId();
  const themeId = useId();
  return (
    <div className={styles.settings} role="group" aria-label={t('header.preferences')}>
      <span className={styles.setting}>
        <label className={styles.label} htmlFor={languageId}>
          {t('header.language')}
        </label>
        <Select id={languageId} size="small" value={menuLanguage()} onChange={(_, data) => void chooseLanguage(data.value as Language)}>
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`languageNames.${language}`)}
            </option>
          ))}
        </Select>
      </span>
      <span className={styles.setting}>
        <label className={styles.label} htmlFor={themeId}>
          {t('header.theme')}
        </label>
        <Select id={themeId} size="small" value={theme} onChange={(_, data) => chooseTheme(data.value as ThemeChoice)}>
          {THEME_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(THEME_LABEL_KEYS[choice])}
            </option>
          ))}
        </Select>
      </span>
    </div>
  );
}
