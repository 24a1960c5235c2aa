import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answersBefore } from '../../testing/answers';
import { useDemoTenant } from '../../testing/demo-graph';
import { en } from '../../testing/english';
import { expectRefused } from '../../testing/expect-refused';
import { renderWizardAt } from '../../testing/wizard-at';

const answers = answersBefore('people');
const searchBox = () => screen.getByRole('combobox', { name: en('people.fieldLabel') });
const chosen = () => screen.getByRole('listbox', { name: en('people.chosenListLabel') });

describe('the people step', () => {
  it('finds users and groups in the tenant as the admin types, and choosing one adds it to the list', async () => {
    const demo = useDemoTenant();
    const { user } = renderWizardAt('people', demo, { answers });
    await screen.findByRole('heading', { level: 1, name: en('people.title') });
    await user.type(searchBox(), 'Adele');
    await user.click(await screen.findByRole('option', { name: /^Adele Vance, user/ }));
    expect(within(chosen()).getByText('Adele Vance')).toBeInTheDocument();

    await user.type(searchBox(), 'Email Security');
    await user.click(await screen.findByRole('option', { name: /^Email Security Users, group/ }));
    expect(within(chosen()).getByText('Email Security Users')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: en('wizard.next') }));
    expect(await screen.findByRole('heading', { level: 1, name: en('region.title') })).toBeInTheDocument();
  });

  it('says no one matches a name the tenant does not have', async () => {
    const demo = useDemoTenant();
    const { user } = renderWizardAt('people', demo, { answers });
    await user.type(await screen.findByRole('combobox', { name: en('people.fieldLabel') }), 'Nobody Here');
    expect(await screen.findByText(en('people.noMatches'))).toBeInTheDocument();
  });

  it("says a throttled search is throttled, in the catalogue's words", async () => {
    const demo = useDemoTenant();
    demo.tenant.faults.throttle(429, 1, { pathIncludes: '/users' });
    const { user } = renderWizardAt('people', demo, { answers });
    await user.type(await screen.findByRole('combobox', { name: en('people.fieldLabel') }), 'Adele');
    expect(await screen.findByText(en('people.searchThrottled'))).toBeInTheDocument();
  });

  it('needs at least one user or group before Next', async () => {
    const demo = useDemoTenant();
    const { user } = renderWizardAt('people', demo, { answers });
    await user.click(await screen.findByRole('button', { name: en('wizard.next') }));
    await expectRefused('people', en('validation.principalsRequired'));
  });
});
