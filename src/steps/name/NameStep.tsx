import { Field, Input, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { Controller } from 'react-hook-form';
import { StepFrame } from '../../app/StepFrame';
import { useStepForm } from '../../app/use-step-form';
import { wizardStore } from '../../app/wizard-store';
import type { StepProps } from '../../app/Wizard';
import { appNameStepSchema, DEFAULT_APP_NAME } from '../../setup/answers-schema';
import { findAppsByName } from '../../graph/inspect-tenant';
import { explainFailure } from '../../graph/explain-failure';
import { GraphOperationError } from '../../graph/retry';
import { currentPresets } from '../../deep-link/presets-store';
import { PresetMark } from '../../deep-link/PresetMark';

type Lookup = { state: 'idle' } | { state: 'checking' } | { state: 'found'; count: number } | { state: 'none' } | { state: 'error'; message: string };

export function NameStep({ journal, graph }: StepProps) {
  const preset = currentPresets().answers;
  // What the admin typed (the draft) wins, then what they confirmed, then the link's preset.
  const form = useStepForm('name', appNameStepSchema, journal, { appName: journal.answers.appName ?? preset.appName ?? DEFAULT_APP_NAME });
  const appName = form.watch('appName');
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });

  useEffect(() => {
    if (!appNameStepSchema.safeParse({ appName }).success) {
      setLookup({ state: 'idle' });
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      setLookup({ state: 'checking' });
      findAppsByName(graph, appName).then(
        (apps) => current && setLookup(apps.length ? { state: 'found', count: apps.length } : { state: 'none' }),
        (error: unknown) =>
          current &&
          setLookup({
            state: 'error',
            message: error instanceof GraphOperationError ? explainFailure(error.failure, error.exhausted).message : String(error),
          }),
      );
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [appName, graph]);

  return (
    <StepFrame
      title="Application name"
      intro="The name of the enterprise application in Microsoft Entra ID. Users see it in My Apps."
      onSubmit={form.handleSubmit((values) => wizardStore.commit('name', values, 'people'))}
    >
      <Controller
        control={form.control}
        name="appName"
        render={({ field, fieldState }) => (
          <Field
            label="Application name"
            required
            hint={preset.appName !== undefined && field.value === preset.appName ? <PresetMark field="appName" /> : undefined}
            validationState={fieldState.error ? 'error' : 'none'}
            validationMessage={fieldState.error?.message}
          >
            <Input {...field} autoComplete="off" />
          </Field>
        )}
      />
      <div aria-live="polite">
        {lookup.state === 'checking' && <Spinner size="tiny" label="Looking for apps with this name…" />}
        {lookup.state === 'found' && (
          <MessageBar intent="warning">
            <MessageBarBody>
              {lookup.count === 1 ? 'An app with this name already exists' : `${lookup.count} apps with this name already exist`} in
              your tenant. Entra ID allows duplicate names; the review step looks for an app with your region's identifier and
              updates it instead of creating another one.
            </MessageBarBody>
          </MessageBar>
        )}
        {lookup.state === 'none' && (
          <MessageBar intent="success">
            <MessageBarBody>No app in your tenant has this name yet.</MessageBarBody>
          </MessageBar>
        )}
        {lookup.state === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>Could not check for existing apps: {lookup.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </StepFrame>
  );
}
