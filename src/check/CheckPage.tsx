// "Check an existing setup": pick an app → report → (repair) review → apply → check again.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { AdminSession } from '../auth/session';
import type { GraphApi } from '../graph/client';
import { WizardPresetNotice } from '../deep-link/PresetNotice';
import { useCheckJournal } from './check-store';
import { AppPicker } from './AppPicker';
import { CheckReportView } from './CheckReportView';
import { RepairReview } from './RepairReview';
import { RepairApply } from './RepairApply';

const useStyles = makeStyles({
  content: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalXL,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
});

export default function CheckPage({ session, graph }: { session: AdminSession; graph: GraphApi }) {
  const styles = useStyles();
  const journal = useCheckJournal();
  const view = journal.applicationId === null ? 'pick' : journal.view === 'apply' && !journal.repair ? 'report' : journal.view;
  const frame = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // On every view change, focus moves to the new view's heading (screen readers announce it).
    frame.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [view, journal.applicationId]);

  return (
    <section className={styles.content} ref={frame} aria-live="off">
      <WizardPresetNotice session={session} graph={graph} />
      {view === 'pick' && <AppPicker graph={graph} journal={journal} />}
      {view === 'report' && <CheckReportView key={journal.applicationId} session={session} graph={graph} journal={journal} />}
      {view === 'review' && <RepairReview session={session} graph={graph} journal={journal} />}
      {view === 'apply' && <RepairApply session={session} graph={graph} journal={journal} />}
    </section>
  );
}
