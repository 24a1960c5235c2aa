import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startPresets } from '../../deep-link/presets-store';
import { answersBefore } from '../../testing/answers';
import { useDemoTenant } from '../../testing/demo-graph';
import { en } from '../../testing/english';
import { expectRefused } from '../../testing/expect-refused';
import { renderWizardAt } from '../../testing/wizard-at';

const answers = answersBefore('region');
const europe = () => screen.getByRole('radio', { name: new RegExp(`^${en('region.regions.eu')}`) });

describe('the region step', () => {
  it('preselects no region, so Next says which choice is missing and stays on the step', async () => {
    const demo = useDemoTenant();
    const { user } = renderWizardAt('region', demo, { answers });
    await screen.findByRole('heading', { level: 1, name: en('region.title') });
    expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toEqual([]);
    await user.type(screen.getByRole('textbox', { name: en('region.cmpIdLabel') }), 'contoso-eu');
    await user.click(screen.getByRole('button', { name: en('wizard.next') }));
    await expectRefused('region', en('validation.regionRequired'), {
      field: () => screen.getByRole('textbox', { name: en('region.cmpIdLabel') }),
      value: 'contoso-eu',
    });
  });

  it('choosing a region and a unique identifier previews the reply URL and Next goes on to the claims', async () => {
    const demo = useDemoTenant();
    const { user } = renderWizardAt('region', demo, { answers });
    await user.click(await screen.findByRole('radio', { name: new RegExp(`^${en('region.regions.eu')}`) }));
    await user.type(screen.getByRole('textbox', { name: en('region.cmpIdLabel') }), 'contoso-eu');
    expect(screen.getByText('https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=contoso-eu')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en('wizard.next') }));
    expect(await screen.findByRole('heading', { level: 1, name: en('claims.title') })).toBeInTheDocument();
  });

  it("preselects a support link's region and unique identifier", async () => {
    startPresets('?region=eu&cmpId=contoso-eu');
    const demo = useDemoTenant();
    renderWizardAt('region', demo, { answers });
    await screen.findByRole('heading', { level: 1, name: en('region.title') });
    expect(europe()).toBeChecked();
    expect(screen.getByRole('textbox', { name: en('region.cmpIdLabel') })).toHaveValue('contoso-eu');
  });
});
