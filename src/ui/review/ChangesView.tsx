// The review's lead: one table per blade of the Entra admin center (setting, now, after Apply), the
// unchanged settings folded away, each change that can break sign-in marked with its reason, and
// the decisions an existing app needs (keep or rename, keep or remove) next to the rows they change.
import { Badge, Button, Checkbox, Radio, RadioGroup, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BladeChanges, ChangeDescription, ChangeRow, ShownItem, ShownValue } from '../../setup/changes';
import type { ReviewChoices } from '../../setup/plan';
import { dynamic, translate } from '../../i18n/translate';
import { formatDateTime } from '../../i18n/format';

const useStyles = makeStyles({
  blade: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  bladeHeading: { margin: 0 },
  // Fixed layout and breaking anywhere: long URLs wrap inside their cell, so the table fits 360 px.
  table: {
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    '& th, & td': {
      textAlign: 'start',
      verticalAlign: 'top',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      overflowWrap: 'anywhere',
    },
    '& thead th': { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  },
  settingColumn: { width: '30%' },
  breakingRow: { backgroundColor: tokens.colorPaletteRedBackground1 },
  items: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  removedText: { textDecorationLine: 'line-through' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  reason: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalXS },
  details: { '& > summary': { cursor: 'pointer', color: tokens.colorBrandForeground1, padding: `${tokens.spacingVerticalXS} 0` } },
  confirm: {
    border: `1px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  confirmList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

function Item({ item }: { item: ShownItem }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const content =
    item.kind === 'text' ? (
      // The tenant's or the admin's own text: never translated, isolated from the words around it.
      <bdi translate="no" className={item.mark === 'removed' ? styles.removedText : undefined}>
        {item.text}
      </bdi>
    ) : item.kind === 'message' ? (
      translate(t, item.message)
    ) : (
      t('review.changes.value.expiry', { date: formatDateTime(item.endDateTime, i18n.language) })
    );
  return (
    <span className={styles.item}>
      {content}
      {item.mark ? (
        <Badge appearance="tint" size="small" color={item.mark === 'added' ? 'success' : 'danger'}>
          {t(`review.changes.${item.mark}`)}
        </Badge>
      ) : null}
    </span>
  );
}

function Value({ value, extra }: { value: ShownValue; extra?: ((item: ShownItem, index: number) => ReactNode) | undefined }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (value.kind === 'new') return <>{t('review.changes.newApp')}</>;
  return (
    <ul className={styles.items}>
      {value.items.map((item, index) => (
        <li key={index} className={styles.item}>
          <Item item={item} />
          {extra?.(item, index)}
        </li>
      ))}
    </ul>
  );
}

function BreakingReason({ row }: { row: ChangeRow }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (!row.breaking) return null;
  return (
    <span className={styles.reason}>
      <Badge appearance="filled" color="danger">
        {t('review.changes.breakingBadge')}
      </Badge>
      <Text size={200}>{translate(t, row.breaking.reason)}</Text>
    </span>
  );
}

interface Decisions {
  changes: ChangeDescription;
  choices: ReviewChoices;
  onChoices: (choices: ReviewChoices) => void;
}

/** Remove / Keep beside each existing notification address the answers do not repeat. */
function AddressToggle({ address, decisions }: { address: string; decisions: Decisions }) {
  const { t } = useTranslation();
  const { choices, onChoices } = decisions;
  if (!decisions.changes.offered.removableNotificationEmails.includes(address)) return null;
  const removed = choices.removedNotificationEmails.some((a) => a.toLowerCase() === address.toLowerCase());
  const toggle = () =>
    onChoices({
      ...choices,
      removedNotificationEmails: removed
        ? choices.removedNotificationEmails.filter((a) => a.toLowerCase() !== address.toLowerCase())
        : [...choices.removedNotificationEmails, address],
    });
  return (
    <Button size="small" onClick={toggle} aria-label={t(removed ? 'review.changes.keepAddressLabel' : 'review.changes.removeAddressLabel', { address })}>
      {t(removed ? 'review.changes.keepAddress' : 'review.changes.removeAddress')}
    </Button>
  );
}

function BladeDecisions({ blade, decisions }: { blade: BladeChanges['blade']; decisions: Decisions }) {
  const { t } = useTranslation();
  const { changes, choices, onChoices } = decisions;
  const groupsItem = (groups: string) => {
    const shown = changes.blades.flatMap((b) => b.rows).find((r) => r.setting === 'groupClaim');
    const item = shown?.now.kind === 'items' ? shown.now.items[0] : undefined;
    return item?.kind === 'message' ? translate(t, item.message) : groups;
  };
  if (blade === 'claims' && changes.offered.removeGroupClaim) {
    return (
      <Checkbox
        checked={choices.removeGroupClaim}
        onChange={(_, data) => onChoices({ ...choices, removeGroupClaim: data.checked === true })}
        label={t('review.changes.removeGroupClaim', { groups: groupsItem(changes.offered.removeGroupClaim.groups) })}
      />
    );
  }
  if (blade === 'properties' && changes.offered.rename) {
    const { current, typed } = changes.offered.rename;
    return (
      <Field label={t('review.changes.nameChoiceLabel')}>
        <RadioGroup value={choices.renameApp ? 'rename' : 'keep'} onChange={(_, data) => onChoices({ ...choices, renameApp: data.value === 'rename' })}>
          <Radio value="keep" label={t('review.changes.keepName', { name: `\u2068${current}\u2069` })} />
          <Radio value="rename" label={t('review.changes.rename', { name: `\u2068${typed}\u2069` })} />
        </RadioGroup>
      </Field>
    );
  }
  return null;
}

function BladeTable({ blade, decisions }: { blade: BladeChanges; decisions: Decisions }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const tr = dynamic(t);
  const changed = blade.rows.filter((row) => !row.unchanged);
  const unchanged = blade.rows.filter((row) => row.unchanged);
  const headingId = `blade-${blade.blade}`;
  const settingName = (row: ChangeRow) => tr(`review.changes.settings.${row.setting}`);
  const addressToggle = (row: ChangeRow) =>
    row.setting === 'notificationEmails'
      ? (item: ShownItem) => (item.kind === 'text' ? <AddressToggle address={item.text} decisions={decisions} /> : null)
      : undefined;
  return (
    <section className={styles.blade} aria-labelledby={headingId} data-testid={headingId}>
      <Text as="h3" weight="semibold" size={400} id={headingId} className={styles.bladeHeading}>
        {tr(`review.changes.blades.${blade.blade}`)}
      </Text>
      {changed.length > 0 && (
        <table className={styles.table} aria-labelledby={headingId}>
          <colgroup>
            <col className={styles.settingColumn} />
            <col />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('review.changes.columns.setting')}</th>
              <th scope="col">{t('review.changes.columns.now')}</th>
              <th scope="col">{t('review.changes.columns.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((row) => (
              <tr
                key={row.setting}
                data-testid={`change-${row.setting}`}
                data-breaking={row.breaking ? 'true' : 'false'}
                className={row.breaking ? styles.breakingRow : undefined}
              >
                <th scope="row">{settingName(row)}</th>
                <td data-testid={`change-${row.setting}-now`}>
                  <Value value={row.now} extra={addressToggle(row)} />
                </td>
                <td data-testid={`change-${row.setting}-after`}>
                  <Value value={row.after} />
                  <BreakingReason row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unchanged.length > 0 && (
        <details className={styles.details} data-testid={`unchanged-${blade.blade}`}>
          <summary>{t('review.changes.unchanged', { count: unchanged.length })}</summary>
          <table className={styles.table}>
            <colgroup>
              <col className={styles.settingColumn} />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('review.changes.columns.setting')}</th>
                <th scope="col">{t('review.changes.columns.value')}</th>
              </tr>
            </thead>
            <tbody>
              {unchanged.map((row) => (
                <tr key={row.setting} data-testid={`change-${row.setting}`}>
                  <th scope="row">{settingName(row)}</th>
                  <td>
                    <Value value={row.after} extra={addressToggle(row)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      <BladeDecisions blade={blade.blade} decisions={decisions} />
    </section>
  );
}

export function ChangesView(props: Decisions) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="changes-heading" data-testid="changes">
      <Text as="h2" weight="semibold" size={500} id="changes-heading">
        {t('review.changes.heading')}
      </Text>
      {props.changes.blades.map((blade) => (
        <BladeTable key={blade.blade} blade={blade} decisions={props} />
      ))}
    </section>
  );
}

/** The explicit confirmation Apply waits for when a change can break sign-in. */
export function BreakingConfirmation({
  changes,
  confirmed,
  onConfirm,
}: {
  changes: ChangeDescription;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const tr = dynamic(t);
  if (changes.breaking.length === 0) return null;
  return (
    <section className={styles.confirm} aria-labelledby="breaking-heading" data-testid="breaking-changes">
      <Text as="h2" weight="semibold" size={400} id="breaking-heading">
        {t('review.changes.confirmHeading')}
      </Text>
      <Text>{t('review.changes.confirmIntro')}</Text>
      <ul className={styles.confirmList}>
        {changes.breaking.map((row) => (
          <li key={row.setting}>
            <strong>{tr(`review.changes.settings.${row.setting}`)}</strong>
            {t('review.scopeSeparator')}
            {row.breaking ? translate(t, row.breaking.reason) : null}
          </li>
        ))}
      </ul>
      <Checkbox checked={confirmed} onChange={(_, data) => onConfirm(data.checked === true)} label={t('review.changes.confirmLabel')} />
    </section>
  );
}
