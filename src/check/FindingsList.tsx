// The findings, each with an icon and its status in words (never colour alone), its one-line
// reason, and expected next to actual when it is wrong.
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, FindingStatus } from '../setup/check';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    // A phone: the status above the finding, so the text gets the card's whole width.
    '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold, minWidth: '6.5em' },
  icon: { fontSize: tokens.fontSizeBase400, lineHeight: 1 },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  confirm: { color: tokens.colorBrandForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1 },
  // Reasons quote URLs, claim names and addresses with no break opportunity: they wrap anywhere
  // rather than run out of the card.
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  values: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    margin: 0,
  },
  value: { margin: 0, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  fix: { overflowWrap: 'anywhere' },
});

const ICON: Record<FindingStatus, string> = { pass: '✓', confirm: '?', warning: '!', fail: '✕' };
const STATUS_KEY = {
  pass: 'check.ui.statusPass',
  confirm: 'check.ui.statusConfirm',
  warning: 'check.ui.statusWarning',
  fail: 'check.ui.statusFail',
} as const;

export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <ul className={styles.list} aria-label={t('check.ui.findingsLabel')}>
      {findings.map((finding) => (
        <li key={finding.id} className={styles.item} data-testid={`finding-${finding.id}`} data-status={finding.status}>
          <span className={mergeClasses(styles.status, styles[finding.status])}>
            <span className={styles.icon} aria-hidden>
              {ICON[finding.status]}
            </span>
            {t(STATUS_KEY[finding.status])}
          </span>
          <div className={styles.body}>
            <Text weight="semibold">{finding.title}</Text>
            <Text data-testid={`finding-${finding.id}-reason`}>{finding.reason}</Text>
            {finding.status !== 'pass' && (finding.expected !== undefined || finding.actual !== undefined) && (
              <dl className={styles.values}>
                {finding.expected !== undefined && (
                  <>
                    <dt>{t('check.ui.expectedLabel')}</dt>
                    <dd className={styles.value} data-testid={`finding-${finding.id}-expected`} translate="no">
                      {finding.expected}
                    </dd>
                  </>
                )}
                {finding.actual !== undefined && (
                  <>
                    <dt>{t('check.ui.actualLabel')}</dt>
                    <dd className={styles.value} data-testid={`finding-${finding.id}-actual`} translate="no">
                      {finding.actual}
                    </dd>
                  </>
                )}
              </dl>
            )}
            {finding.fix?.by === 'admin' && (
              <Text size={200} className={styles.fix}>
                {t('check.ui.fixByHand')} {finding.fix.steps}
              </Text>
            )}
            {finding.fix?.by === 'plan' && <Text size={200}>{t('check.ui.fixByRepair')}</Text>}
          </div>
        </li>
      ))}
    </ul>
  );
}
