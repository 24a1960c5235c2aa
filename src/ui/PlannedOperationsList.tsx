// A plan as the admin reviews it before anything is written, shared by the setup's Review step and
// the repair's review: each operation's title, exact request, what it waits for and its body.
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { GRAPH_ROOT } from '../graph/client';
import type { PlannedOperation } from '../setup/plan';
import { operationTitle, ScopeReason } from './operation-text';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  operation: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  request: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere', margin: 0 },
  body: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  scopes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** Every row has the test id `planned-{operation id}`. */
export function PlannedOperationsList({ operations, label }: { operations: readonly PlannedOperation[]; label: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const titleOf = (id: string) => {
    const dependency = operations.find((o) => o.id === id);
    return dependency ? operationTitle(t, dependency) : id;
  };
  return (
    <ol className={styles.list} aria-label={label}>
      {operations.map((op) => (
        <li key={op.id} className={styles.operation} data-testid={`planned-${op.id}`}>
          <Text weight="semibold">{operationTitle(t, op)}</Text>
          {/* A div, not a p: the Badge renders a div, which a p may not contain. */}
          <div className={styles.request} translate="no">
            <Badge appearance="outline">{op.method}</Badge> {GRAPH_ROOT}/{op.version}
            {op.path}
          </div>
          {op.dependsOn.length > 0 && <Text size={200}>{t('review.after', { titles: op.dependsOn.map(titleOf).join(t('review.listSeparator')) })}</Text>}
          {op.body && (
            <pre className={styles.body} translate="no">
              {JSON.stringify(op.body, null, 2)}
            </pre>
          )}
          {op.kind === 'putClaimsPolicy' && <Text size={200}>{t('review.claimsKept')}</Text>}
        </li>
      ))}
    </ol>
  );
}

/** The delegated permissions a plan uses, each with why the wizard asks for it. */
export function PlanScopes({ operations, label }: { operations: readonly PlannedOperation[]; label?: string }) {
  const styles = useStyles();
  const scopes = [...new Set(operations.flatMap((op) => op.scopes))];
  return (
    <ul className={styles.scopes} aria-label={label}>
      {scopes.map((scope) => (
        <li key={scope}>
          <ScopeReason scope={scope} />
        </li>
      ))}
    </ul>
  );
}
