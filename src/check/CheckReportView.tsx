// The check of one app: read it, compare it item by item, and offer the report (text, JSON) and
// the repair of what the plan can fix.
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { AdminSession } from '../auth/session';
import type { GraphApi } from '../graph/client';
import { StepFooter, StepFrame } from '../ui/StepFrame';
import { checkReport, inferExpected, repairableFindings, repairNeeds, reportAsJson, reportAsText, type ExpectedSetup } from '../setup/check';
import { checkStore, type CheckJournal } from './check-store';
import { useTranslation } from 'react-i18next';
import { FindingsList } from './FindingsList';
import { ExpectedForm } from './ExpectedForm';
import { RolloverPanel } from './RolloverPanel';
import { reportFileName } from './download';
import { downloadText } from '../ui/download-text';
import { AppReadStatus, useAppRead } from './use-app-read';
import { findingsFor, translatedFindingWords } from './finding-messages';
import { formatDate } from '../i18n/format';
import { RepairCmpIdForm } from './RepairCmpIdForm';
import { useCopy } from '../ui/use-copy';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function CheckReportView({ session, graph, journal }: { session: AdminSession; graph: GraphApi; journal: CheckJournal }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const applicationId = journal.applicationId!;
  const { read, retry } = useAppRead(graph, applicationId);
  const [announcement, setAnnouncement] = useState('');
  const [askingCmpId, setAskingCmpId] = useState(false);
  const { copy: copyText } = useCopy();

  const observed = read.state === 'done' ? read.observed : null;
  const at = read.state === 'done' ? read.at : null;
  const expected = useMemo(() => (observed ? inferExpected(observed, journal.expected) : null), [observed, journal.expected]);
  // The page words the findings in the admin's language; the JSON report keeps the English ones.
  const language = i18n.language;
  const words = useMemo(() => translatedFindingWords(t, { date: (iso) => formatDate(iso, language) }), [t, language]);
  const findings = useMemo(() => (read.state === 'done' && expected ? findingsFor(read, expected, words) : []), [read, expected, words]);
  const englishFindings = useMemo(() => (read.state === 'done' && expected ? findingsFor(read, expected) : []), [read, expected]);

  const footer = (
    <StepFooter>
      <Button onClick={() => checkStore.pickAnother()}>{t('check.ui.checkAnother')}</Button>
      <Button onClick={retry} disabled={read.state === 'loading'}>
        {t('check.ui.checkAgain')}
      </Button>
    </StepFooter>
  );

  if (!observed || !expected || !at) {
    return (
      <StepFrame title={t('check.ui.pickTitle')} footer={footer}>
        <AppReadStatus read={read} retry={retry} loadingLabel={t('check.ui.checking')} />
      </StepFrame>
    );
  }

  const report = checkReport({ observed, expected, findings, tenantId: session.account.tenantId, checkedAt: at });
  const englishReport = { ...report, findings: englishFindings };
  const repairable = repairableFindings(findings);
  const notPassing = findings.filter((finding) => finding.status !== 'pass');
  const toConfirm = findings.filter((finding) => finding.status === 'confirm');
  const toFix = notPassing.filter((finding) => finding.status !== 'confirm');
  const needsCmpId = repairNeeds(findings, expected).cmpId;
  const startRepair = () => (needsCmpId ? setAskingCmpId(true) : checkStore.goTo('review'));
  const repairWithCmpId = (cmpId: string) => {
    checkStore.setExpected({ ...expected, cmpId });
    checkStore.goTo('review');
  };

  const copy = async () => setAnnouncement(t((await copyText('report', reportAsText(report, words))) ? 'check.ui.copied' : 'check.ui.copyFailed'));
  const download = () => {
    const fileName = reportFileName(observed.displayName, at);
    downloadText(fileName, reportAsJson(englishReport), 'application/json');
    setAnnouncement(t('check.ui.downloaded', { fileName }));
  };
  const compare = (changed: ExpectedSetup) => checkStore.setExpected(changed);

  return (
    <StepFrame title={t('check.ui.reportTitle', { app: observed.displayName })} footer={footer}>
      <Text role="status" aria-live="polite" data-testid="check-counts">
        {t(report.counts.confirm > 0 ? 'check.ui.countsLineConfirm' : 'check.ui.countsLine', {
          pass: report.counts.pass,
          confirm: report.counts.confirm,
          fail: report.counts.fail,
          warnings: t('check.ui.warnings', { count: report.counts.warning }),
        })}
      </Text>
      {toFix.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{toConfirm.length === 0 ? t('check.ui.allPass') : t('check.ui.allPassButConfirm')}</MessageBarBody>
        </MessageBar>
      )}
      {journal.rollover && journal.rollover.applicationId === applicationId && (
        <RolloverPanel rollover={journal.rollover} tenantId={session.account.tenantId} />
      )}
      <FindingsList findings={findings} />
      <div className={styles.actions}>
        {repairable.length > 0 && (
          <Button appearance="primary" onClick={startRepair} disabled={askingCmpId}>
            {t('check.ui.repair', { count: repairable.length })}
          </Button>
        )}
        <Button onClick={() => void copy()}>{t('check.ui.copyText')}</Button>
        <Button onClick={download}>{t('check.ui.downloadJson')}</Button>
      </div>
      {askingCmpId && <RepairCmpIdForm onContinue={repairWithCmpId} onCancel={() => setAskingCmpId(false)} />}
      {repairable.length === 0 && toFix.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t('check.ui.manualOnly')}</MessageBarBody>
        </MessageBar>
      )}
      <Text role="status" aria-live="polite" data-testid="check-announcement">
        {announcement}
      </Text>
      <ExpectedForm key={JSON.stringify(expected)} expected={expected} fromLink={journal.fromLink} onCompare={compare} />
    </StepFrame>
  );
}
