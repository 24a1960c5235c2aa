// Fluent's web themes around a whole page (the wizard's shell and the share page): the system's
// choice unless the admin picked one in the header.
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useColorScheme, useDarkTheme } from './preferences';

export function ThemedPage({ children }: { children: ReactNode }) {
  const dark = useDarkTheme();
  useColorScheme(dark);
  return <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>{children}</FluentProvider>;
}
