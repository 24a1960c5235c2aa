// After sign-in: the choice between setting up a new app (the wizard) and checking an existing
// setup. A support link with check=1 opens the check, once per link.
import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useMemo } from 'react';
import type { AdminSession } from '../auth/session';
import { createGraphApi } from '../graph/client';
import Wizard from './Wizard';
import { currentPresets } from '../deep-link/presets-store';
import { checkStore, useCheckJournal, type CheckMode } from '../check/check-store';
import { openCheckFromLink } from '../check/check-link';
import { arriveAtAddressStep } from '../wizard/step-history';
import { useTranslation } from 'react-i18next';

const CheckPage = lazy(() => import('../check/CheckPage'));

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // On a phone the two choices sit one above the other rather than past the screen's edge.
  tabs: { flexWrap: 'wrap', minWidth: 0 },
});

/**
 * Once per page load, when this area's code has loaded and before it first renders (the shell's
 * lazy import calls it), outside render since both write a store: a support link's check opens (so
 * the wizard does not start, and read, only to be replaced by it), and a reload or bookmark on a
 * step's address shows that step.
 */
export function arrive(): void {
  openCheckFromLink(currentPresets());
  arriveAtAddressStep(window.location.search);
}

export default function SignedInArea({ session }: { session: AdminSession }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const journal = useCheckJournal();
  // One Graph client for the session: both flows and the people picker share its retry and
  // throttling state, and a switch between them keeps it.
  const graph = useMemo(() => createGraphApi((scopes, options) => session.getToken(scopes, options)), [session]);

  const select = (mode: CheckMode) => checkStore.setMode(mode);
  return (
    <div className={styles.area}>
      <TabList
        size="large"
        selectedValue={journal.mode}
        onTabSelect={(_, data) => select(data.value as CheckMode)}
        aria-label={t('check.ui.modeLabel')}
        className={styles.tabs}
      >
        <Tab value="setup" id="mode-setup" aria-controls="mode-panel">
          {t('check.ui.modeSetup')}
        </Tab>
        <Tab value="check" id="mode-check" aria-controls="mode-panel">
          {t('check.ui.modeCheck')}
        </Tab>
      </TabList>
      <div role="tabpanel" id="mode-panel" aria-labelledby={journal.mode === 'setup' ? 'mode-setup' : 'mode-check'}>
        {journal.mode === 'setup' ? (
          <Wizard session={session} graph={graph} />
        ) : (
          <Suspense fallback={<Spinner label={t('check.ui.checking')} />}>
            <CheckPage session={session} graph={graph} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
