// A repair that rewrites the reply URL needs the unique identifier (cmpID). When neither the app
// nor the admin gave one, the report asks for it here, before the review, instead of opening a
// review that can only say "enter it first" with Apply disabled.
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod/mini';
import { cmpIdSchema } from '../setup/answers-schema';
import { translateIssue } from '../i18n/translate';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function RepairCmpIdForm({ onContinue, onCancel }: { onContinue: (cmpId: string) => void; onCancel: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [issue, setIssue] = useState<z.core.$ZodIssue | undefined>();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const cmpId = value.trim();
    const parsed = cmpIdSchema.safeParse(cmpId);
    if (parsed.success) onContinue(cmpId);
    else setIssue(parsed.error.issues[0]);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby="repair-cmpid-title" data-testid="repair-cmpid">
      <Text as="h2" weight="semibold" size={400} id="repair-cmpid-title">
        {t('check.ui.repairCmpIdTitle')}
      </Text>
      <Text as="p">{t('check.ui.repairCmpIdIntro')}</Text>
      <Field label={t('check.ui.repairCmpIdLabel')} validationMessage={issue ? translateIssue(t, issue) : undefined} validationState={issue ? 'error' : 'none'}>
        <Input ref={input} value={value} onChange={(_, data) => setValue(data.value)} autoComplete="off" spellCheck={false} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {t('check.ui.repairCmpIdContinue')}
        </Button>
        <Button onClick={onCancel}>{t('check.ui.repairCmpIdCancel')}</Button>
      </div>
    </form>
  );
}
