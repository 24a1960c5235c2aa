import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_CHECK_APPS, DEMO_CHECK_NOTIFICATION_EMAIL } from '../../demo-tenant/seed';
import { newAppAnswers } from '../../testing/answers';
import { useDemoTenant } from '../../testing/demo-graph';
import { en } from '../../testing/english';
import { renderWizardAt } from '../../testing/wizard-at';

const applyButton = () => screen.getByRole('button', { name: en('review.apply') });
const confirmation = () => screen.queryByRole('checkbox', { name: en('review.changes.confirmLabel') });
/** Blocks inside a <p> (React warns about them, browsers split the paragraph): a Fluent Badge or a div. */
const blocksInsideParagraphs = () =>
  [...document.querySelectorAll('p')].flatMap((p) =>
    [...p.querySelectorAll('div, p, ul, ol, table, section, h1, h2, h3, pre')].map((el) => `${el.tagName} in <p>${p.textContent?.slice(0, 40) ?? ''}`),
  );

describe('the review step', () => {
  it('for a new app, shows every setting as "(new)" in the blade the portal shows it in, and Apply needs no confirmation', async () => {
    const demo = useDemoTenant();
    renderWizardAt('review', demo, { answers: newAppAnswers() });
    expect(await screen.findByText(en('review.creatingTitle'))).toBeInTheDocument();
    for (const blade of ['basicSaml', 'claims', 'certificates', 'usersAndGroups'] as const) {
      const section = screen.getByRole('region', { name: en(`review.changes.blades.${blade}`) });
      expect(within(section).getAllByText(en('review.changes.newApp')).length).toBeGreaterThan(0);
    }
    const basicSaml = screen.getByRole('region', { name: en('review.changes.blades.basicSaml') });
    expect(within(basicSaml).getByText('https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=contoso-eu')).toBeInTheDocument();
    expect(confirmation()).toBeNull();
    expect(applyButton()).toBeEnabled();
    expect(blocksInsideParagraphs()).toEqual([]);
  });

  it('for an app already in production, shows now and after and keeps Apply disabled until the breaking change is confirmed', async () => {
    const dubai = DEMO_CHECK_APPS.correct;
    const demo = useDemoTenant({ checkApps: ['correct'] });
    const { user } = renderWizardAt('review', demo, { answers: newAppAnswers({ region: 'uae', cmpId: 'acme-uae' }) });
    expect(await screen.findByText(en('review.updatingTitle'))).toBeInTheDocument();
    expect(screen.getByText(en('review.updatingTitle')).parentElement).toHaveTextContent(dubai.displayName);
    const replyUrl = screen.getByRole('row', { name: new RegExp(en('review.changes.settings.replyUrl').replace(/[()]/g, '\\$&')) });
    expect(replyUrl).toHaveTextContent('cmpID=contoso-uae');
    expect(replyUrl).toHaveTextContent('cmpID=acme-uae');
    expect(replyUrl).toHaveTextContent(en('review.changes.breakingBadge'));
    // The address already there is kept beside the new one.
    expect(screen.getAllByText(DEMO_CHECK_NOTIFICATION_EMAIL).length).toBeGreaterThan(0);

    expect(blocksInsideParagraphs()).toEqual([]);
    expect(applyButton()).toBeDisabled();
    await user.click(confirmation()!);
    expect(applyButton()).toBeEnabled();
    await user.click(confirmation()!);
    expect(applyButton()).toBeDisabled();
  });

  it('for an app that already matches every answer, writes nothing and continues to the summary', async () => {
    const { tenant, ...demo } = useDemoTenant({ checkApps: ['correct'] });
    const answers = newAppAnswers({
      region: 'uae',
      cmpId: 'contoso-uae',
      principals: [newAppAnswers().principals[1]!],
      certificate: { ...newAppAnswers().certificate, notificationEmails: [DEMO_CHECK_NOTIFICATION_EMAIL] },
    });
    const { user } = renderWizardAt('review', demo, { answers });
    expect(await screen.findByText(en('review.nothingToWrite'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en('review.continueToSummary') }));
    expect(await screen.findByRole('heading', { level: 1, name: en('summary.title') })).toBeInTheDocument();
    expect(tenant.writes()).toEqual([]);
  });
});
