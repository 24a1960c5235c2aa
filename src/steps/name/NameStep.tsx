import { Field, Input, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useKeyedState } from '../../ui/use-keyed-state';
import { useTranslation } from 'react-i18next';
import { Controller } from 'react-hook-form';
import { StepFrame } from '../../ui/StepFrame';
import { useStepForm } from '../../wizard/use-step-form';
import { wizardStore } from '../../wizard/wizard-store';
import type { StepProps } from '../../wizard/step-props';
import { appNameStepSchema, DEFAULT_APP_NAME } from '../../setup/answers-schema';
import { findAppsByName } from '../../graph/inspect-tenant';
import { explainError } from '../../graph/explain-failure';
import { currentPresets } from '../../deep-link/presets-store';
import { PresetMark } from '../../deep-link/PresetMark';
import { trimmedInput } from '../../ui/trimmed-input';

/** `message`: Graph's own words (not translated), or the error's. */
type Lookup = { state: 'idle' } | { state: 'checking' } | { state: 'found'; count: number } | { state: 'none' } | { state: 'error'; message: string };
const IDLE: Lookup = { state: 'idle' };

export function NameStep({ journal, graph }: StepProps) {
  const { t } = useTranslation();
  const preset = currentPresets().answers;
  // What the admin typed (the draft) wins, then what they confirmed, then the link's preset.
  const form = useStepForm('name', appNameStepSchema, journal, { appName: journal.answers.appName ?? preset.appName ?? DEFAULT_APP_NAME });
  const appName = form.watch('appName');
  // Only the answer for the name on screen shows: while the next name waits for its lookup, none does.
  const [lookup, setLookup] = useKeyedState<Lookup>([appName, graph], IDLE);

  useEffect(() => {
    if (!appNameStepSchema.safeParse({ appName }).success) return;
    let current = true;
    const inputs = [appName, graph];
    const timer = setTimeout(() => {
      setLookup(inputs, { state: 'checking' });
      findAppsByName(graph, appName).then(
        (apps) => current && setLookup(inputs, apps.length ? { state: 'found', count: apps.length } : { state: 'none' }),
        (error: unknown) =>
          current &&
          setLookup(inputs, {
            state: 'error',
            message: explainError(error).message,
          }),
      );
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [appName, graph, setLookup]);

  return (
    <StepFrame title={t('name.title')} intro={t('name.intro')} onSubmit={form.handleSubmit((values) => wizardStore.commit('name', values, 'people'))}>
      <Controller
        control={form.control}
        name="appName"
        render={({ field, fieldState }) => (
          <Field
            label={t('name.fieldLabel')}
            required
            hint={preset.appName !== undefined && field.value === preset.appName ? <PresetMark field="appName" /> : undefined}
            validationState={fieldState.error ? 'error' : 'none'}
            validationMessage={fieldState.error?.message}
          >
            <Input {...field} {...trimmedInput(field)} autoComplete="off" />
          </Field>
        )}
      />
      <div aria-live="polite">
        {lookup.state === 'checking' && <Spinner size="tiny" label={t('name.checking')} />}
        {lookup.state === 'found' && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('name.found', { count: lookup.count })}</MessageBarBody>
          </MessageBar>
        )}
        {lookup.state === 'none' && (
          <MessageBar intent="success">
            <MessageBarBody>{t('name.none')}</MessageBarBody>
          </MessageBar>
        )}
        {lookup.state === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>{t('name.checkFailed', { reason: lookup.message })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </StepFrame>
  );
}
