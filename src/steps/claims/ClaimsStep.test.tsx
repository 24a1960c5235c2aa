import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answersBefore } from '../../testing/answers';
import { useDemoTenant } from '../../testing/demo-graph';
import { en, enPattern } from '../../testing/english';
import { expectRefused } from '../../testing/expect-refused';
import { renderWizardAt } from '../../testing/wizard-at';

const answers = answersBefore('claims');
const claimName = () => screen.getByRole('textbox', { name: en('claims.claimName') });

describe('the claims step', () => {
  it("a custom identity claim's name is checked: a refused character says why and keeps the name", async () => {
    const demo = useDemoTenant();
    const { user } = renderWizardAt('claims', demo, { answers });
    await user.click(await screen.findByRole('radio', { name: en('claims.identityCustom') }));
    await user.type(claimName(), 'e mail');
    await user.click(screen.getByRole('button', { name: en('wizard.next') }));
    await expectRefused('claims', enPattern('validation.claimNameCharacter'), { field: claimName, value: 'e mail' });
  });

  it('a name Entra reserves is refused with the reason', async () => {
    const demo = useDemoTenant();
    const { user } = renderWizardAt('claims', demo, { answers });
    await user.click(await screen.findByRole('radio', { name: en('claims.identityCustom') }));
    await user.click(claimName());
    await user.paste('http://schemas.microsoft.com/identity/claims/accesstoken');
    await user.tab();
    expect(await screen.findByText(enPattern('validation.claimNameRestricted'))).toBeInTheDocument();
  });

  it('a valid custom claim name goes on to the certificate', async () => {
    const demo = useDemoTenant();
    const { user } = renderWizardAt('claims', demo, { answers });
    await user.click(await screen.findByRole('radio', { name: en('claims.identityCustom') }));
    await user.type(claimName(), 'euc_mail');
    await user.click(screen.getByRole('button', { name: en('wizard.next') }));
    expect(await screen.findByRole('heading', { level: 1, name: en('certificate.title') })).toBeInTheDocument();
  });
});
