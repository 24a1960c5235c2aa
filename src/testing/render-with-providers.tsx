// Renders a page as the shell does (Fluent's theme around it) with a user-event driver.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';

export function renderWithProviders(ui: ReactElement) {
  // No pause between keys: typing stays fast on a loaded machine (the events are the same).
  const user = userEvent.setup({ delay: null });
  return { user, ...render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>) };
}
