// After a finished repair, the summary the wizard ends on (issue 14: complete on every path): the
// values to copy into Trend Micro's console, the active certificate, the assigned users and groups
// with their object IDs and the Test sign-in link, for the app as the repair left it.
import { Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphApi } from '../graph/client';
import { repairedAnswers } from '../setup/check';
import { SummaryView } from '../ui/summary/SummaryView';
import type { CheckJournal, RepairRecord } from './check-store';

export function RepairSummary({ graph, tenantId, journal, repair }: { graph: GraphApi; tenantId: string; journal: CheckJournal; repair: RepairRecord }) {
  const { t } = useTranslation();
  // Only which items were flagged matters here, not when: the time the page opened will do.
  const [now] = useState(() => new Date());
  const observed = repair.plan.existing;
  if (!observed) return null;
  const answers = repairedAnswers(observed, journal.expected, journal.repairInput, now);
  if (!answers) return null;
  return (
    <section aria-labelledby="repair-summary-heading" data-testid="repair-summary" style={{ display: 'contents' }}>
      <Text as="h2" weight="semibold" size={500} id="repair-summary-heading">
        {t('summary.title')}
      </Text>
      <SummaryView
        key={observed.servicePrincipalId}
        graph={graph}
        tenantId={tenantId}
        answers={answers}
        appId={observed.appId}
        servicePrincipalId={observed.servicePrincipalId}
        issued={repair.context.certificate}
        createdByThisRun={false}
      />
    </section>
  );
}
