import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_ADMIN_UPN } from '../../demo-tenant/seed';
import { answersBefore } from '../../testing/answers';
import { useDemoTenant } from '../../testing/demo-graph';
import { en, enPattern } from '../../testing/english';
import { expectRefused } from '../../testing/expect-refused';
import { renderWizardAt } from '../../testing/wizard-at';

const answers = answersBefore('certificate');
const addresses = () => screen.getByRole('textbox', { name: en('certificate.emailsLabel') });

describe('the certificate step', () => {
  it("starts with the admin's own address for expiry notices", async () => {
    const demo = useDemoTenant();
    renderWizardAt('certificate', demo, { answers });
    await screen.findByRole('heading', { level: 1, name: en('certificate.title') });
    expect(addresses()).toHaveValue(DEMO_ADMIN_UPN);
  });

  it('names the address that is not one, keeps the list as typed, and stays on the step', async () => {
    const demo = useDemoTenant();
    const { user } = renderWizardAt('certificate', demo, { answers });
    await user.clear(await screen.findByRole('textbox', { name: en('certificate.emailsLabel') }));
    await user.paste(`${DEMO_ADMIN_UPN}, it-ops@contoso`);
    await user.click(screen.getByRole('button', { name: en('wizard.next') }));
    const message = await expectRefused('certificate', enPattern('validation.notificationEmailInvalid'), {
      field: addresses,
      value: `${DEMO_ADMIN_UPN}, it-ops@contoso`,
    });
    expect(message).toHaveTextContent('it-ops@contoso');
  });

  it('refuses an address given twice', async () => {
    const demo = useDemoTenant();
    const { user } = renderWizardAt('certificate', demo, { answers });
    await user.clear(await screen.findByRole('textbox', { name: en('certificate.emailsLabel') }));
    await user.paste(`${DEMO_ADMIN_UPN}; ${DEMO_ADMIN_UPN}`);
    await user.tab();
    expect(await screen.findByText(enPattern('validation.notificationEmailDuplicate'))).toBeInTheDocument();
  });

  it('several valid addresses, one per line or comma-separated, go on to the review', async () => {
    const demo = useDemoTenant();
    const { user } = renderWizardAt('certificate', demo, { answers });
    await user.clear(await screen.findByRole('textbox', { name: en('certificate.emailsLabel') }));
    await user.paste(`${DEMO_ADMIN_UPN},\nit-ops@contoso.onmicrosoft.com`);
    await user.click(screen.getByRole('button', { name: en('wizard.next') }));
    expect(await screen.findByRole('heading', { level: 1, name: en('review.title') })).toBeInTheDocument();
  });
});
