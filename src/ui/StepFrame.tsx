import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, outline: 'none' },
  footer: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: 'wrap',
  },
});

interface StepFrameProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  /** With onSubmit the frame is a form: Enter submits, Next is its submit button. */
  onSubmit?: FormEventHandler<HTMLFormElement>;
  onBack?: () => void;
  nextLabel?: string;
  nextDisabled?: boolean;
  /** Replaces the default footer (Back/Next). */
  footer?: ReactNode;
}

/** The row of buttons under a step: Back at the start, the way forward at the end. */
export function StepFooter({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <div className={styles.footer}>{children}</div>;
}

/** The frame every step shares: a focusable heading, the content, Back and Next. */
export function StepFrame({ title, intro, children, onSubmit, onBack, nextLabel, nextDisabled, footer }: StepFrameProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const content = (
    <>
      <h1 className={styles.heading} tabIndex={-1}>
        {title}
      </h1>
      {intro ? <Text as="p">{intro}</Text> : null}
      {children}
      {footer ?? (
        <StepFooter>
          {onBack ? <Button onClick={onBack}>{t('wizard.back')}</Button> : <span />}
          {onSubmit ? (
            <Button appearance="primary" type="submit" disabled={nextDisabled}>
              {nextLabel ?? t('wizard.next')}
            </Button>
          ) : null}
        </StepFooter>
      )}
    </>
  );
  return onSubmit ? (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      {content}
    </form>
  ) : (
    <div className={styles.form}>{content}</div>
  );
}
