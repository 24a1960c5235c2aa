import { Field, Input, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useKeyedRead } from '../../ui/use-keyed-read';
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

/** How long the name must stay the same before it is looked up (typing). */
const LOOKUP_DELAY_MS = 400;

export function NameStep({ journal, graph }: StepProps) {
  const { t } = useTranslation();
  const preset = currentPresets().answers;
  // What the admin typed (the draft) wins, then what they confirmed, then the link's preset.
  const form = useStepForm('name', appNameStepSchema, journal, { appName: journal.answers.appName ?? preset.appName ?? DEFAULT_APP_NAME });
  const appName = form.watch('appName');
  // Only the answer for the name on screen shows: while the next name waits for its lookup, none does.
  const lookup = useKeyedRead([appName, graph], appNameStepSchema.safeParse({ appName }).success ? () => findAppsByName(graph, appName) : null, {
    delayMs: LOOKUP_DELAY_MS,
  });

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
        {lookup.state === 'loading' && <Spinner size="tiny" label={t('name.checking')} />}
        {lookup.state === 'done' && lookup.value.length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>{t('name.found', { count: lookup.value.length })}</MessageBarBody>
          </MessageBar>
        )}
        {lookup.state === 'done' && lookup.value.length === 0 && (
          <MessageBar intent="success">
            <MessageBarBody>{t('name.none')}</MessageBarBody>
          </MessageBar>
        )}
        {lookup.state === 'failed' && (
          <MessageBar intent="error">
            {/* Graph's own words (not translated), or the error's. */}
            <MessageBarBody>{t('name.checkFailed', { reason: explainError(lookup.error).message })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </StepFrame>
  );
}
