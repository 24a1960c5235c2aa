import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SEEDED_CERTIFICATES } from '../../demo-tenant/certificates/seeded-certificates';
import { DEMO_CHECK_APPS, DEMO_CHECK_NOTIFICATION_EMAIL, DEMO_GROUP_IDS } from '../../demo-tenant/seed';
import { newAppAnswers } from '../../testing/answers';
import { useDemoTenant } from '../../testing/demo-graph';
import { en } from '../../testing/english';
import { renderWizardAt } from '../../testing/wizard-at';

// The tenant already has the Dubai app in production, set up with these answers: the review writes
// nothing, so the summary reads the certificate and the assignments from the tenant.
const dubai = DEMO_CHECK_APPS.correct;
const sameAsDubai = newAppAnswers({
  region: 'uae',
  cmpId: 'contoso-uae',
  principals: [{ id: DEMO_GROUP_IDS.emailSecurityUsers, kind: 'group', displayName: 'Email Security Users' }],
  certificate: { ...newAppAnswers().certificate, notificationEmails: [DEMO_CHECK_NOTIFICATION_EMAIL] },
});

describe('the summary step', () => {
  it('shows the active certificate, the assigned groups with their IDs and a test sign-in link, read from the tenant', async () => {
    const { tenant, ...demo } = useDemoTenant({ checkApps: ['correct'] });
    const { user } = renderWizardAt('review', demo, { answers: sameAsDubai });
    await user.click(await screen.findByRole('button', { name: en('review.continueToSummary') }));
    expect(await screen.findByRole('heading', { level: 1, name: en('summary.title') })).toBeInTheDocument();

    const values = screen.getByLabelText(en('summary.valuesLabel'));
    expect(await within(values).findByText(SEEDED_CERTIFICATES.correct.thumbprint)).toBeInTheDocument();
    expect(within(values).getByText(dubai.replyUrl)).toBeInTheDocument();

    const principals = await screen.findByLabelText(en('summary.principalsHeading'), { selector: 'dl' });
    expect(principals).toHaveTextContent(`Email Security Users (${en('summary.kind.group')})`);
    expect(within(principals).getByText(DEMO_GROUP_IDS.emailSecurityUsers)).toBeInTheDocument();

    const link = screen.getByRole('link', { name: en('summary.testSignInLink') });
    expect(link).toHaveAttribute('href', `https://launcher.myapps.microsoft.com/api/signin/${dubai.appId}?tenantId=${tenant.tenantId}`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.getByText(en('summary.headlineConfigured'))).toBeInTheDocument();
  });
});
