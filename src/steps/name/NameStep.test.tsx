import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_APP_NAME } from '../../setup/answers-schema';
import { useDemoTenant } from '../../testing/demo-graph';
import { en, enPattern } from '../../testing/english';
import { renderWizardAt } from '../../testing/wizard-at';

const nameField = () => screen.getByRole('textbox', { name: en('name.fieldLabel') });

describe('the name step', () => {
  it('offers the default name, says no app in the tenant has it, and Next goes on to users and groups', async () => {
    const demo = useDemoTenant();
    const { user } = renderWizardAt('name', demo);
    expect(await screen.findByRole('heading', { level: 1, name: en('name.title') })).toBeInTheDocument();
    expect(nameField()).toHaveValue(DEFAULT_APP_NAME);
    expect(await screen.findByText(en('name.none'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en('wizard.next') }));
    expect(await screen.findByRole('heading', { level: 1, name: en('people.title') })).toBeInTheDocument();
  });

  it('trims a pasted name, and a typed one when the field is left', async () => {
    const demo = useDemoTenant();
    const { user } = renderWizardAt('name', demo);
    await user.clear(await screen.findByRole('textbox', { name: en('name.fieldLabel') }));
    await user.paste('  Contoso EUC \n');
    expect(nameField()).toHaveValue('Contoso EUC');
    await user.type(nameField(), '  ');
    await user.tab();
    expect(nameField()).toHaveValue('Contoso EUC');
    expect(nameField()).not.toBeInvalid();
  });

  it('shows why a name is refused and keeps what was typed', async () => {
    const demo = useDemoTenant();
    const { user } = renderWizardAt('name', demo);
    const tooLong = 'x'.repeat(300);
    await user.clear(await screen.findByRole('textbox', { name: en('name.fieldLabel') }));
    await user.paste(tooLong);
    await user.click(screen.getByRole('button', { name: en('wizard.next') }));
    expect(await screen.findByText(enPattern('validation.appNameTooLong'))).toBeInTheDocument();
    expect(nameField()).toHaveValue(tooLong);
    expect(nameField()).toBeInvalid();
    expect(screen.getByRole('heading', { level: 1, name: en('name.title') })).toBeInTheDocument();
  });
});
