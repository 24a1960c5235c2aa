// The "Copied" beside the button that copied, without moving anything: the status sits in a box
// as large as its longest message (all of them laid out, invisibly, in the same grid cell), so
// the line neither grows when a message appears nor shrinks when it goes. Screen readers hear
// the message through the live region; the invisible copies are hidden from them.
import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  box: { display: 'inline-grid', minWidth: 0, flex: '1 1 0', alignItems: 'center' },
  cell: { gridArea: '1 / 1', minWidth: 0, overflowWrap: 'anywhere' },
  reserved: { gridArea: '1 / 1', minWidth: 0, overflowWrap: 'anywhere', visibility: 'hidden' },
});

/** `status`: the message shown now ('' for none); `messages`: every message it can show. */
export function CopyStatus({ status, messages, testId }: { status: string; messages: readonly string[]; testId?: string }) {
  const styles = useStyles();
  return (
    <span className={styles.box}>
      {messages.map((message) => (
        <span key={message} className={styles.reserved} aria-hidden="true">
          {message}
        </span>
      ))}
      <span className={styles.cell} role="status" aria-live="polite" data-testid={testId}>
        {status}
      </span>
    </span>
  );
}
