import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Controller, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { StepFrame } from '../../ui/StepFrame';
import { useStepForm } from '../../wizard/use-step-form';
import { wizardStore } from '../../wizard/wizard-store';
import type { StepProps } from '../../wizard/step-props';
import { principalsStepSchema } from '../../setup/answers-schema';
import { PrincipalPicker } from '../../ui/people/PrincipalPicker';

/**
 * The schema reports on the list ("assign at least one") or on one entry ("…is in the list
 * twice"); react-hook-form nests the latter under the entry's index. Either way, one message.
 */
function firstMessage(error: FieldError | undefined): string | undefined {
  const visit = (node: unknown): string | undefined => {
    if (typeof node !== 'object' || node === null) return undefined;
    const message = (node as { message?: unknown }).message;
    if (typeof message === 'string' && message !== '') return message;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'ref') continue;
      const found = visit(child);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return visit(error);
}

export function PeopleStep({ journal, graph, goTo }: StepProps) {
  const { t } = useTranslation();
  const form = useStepForm('people', principalsStepSchema, journal, { principals: journal.answers.principals ?? [] });

  return (
    <StepFrame
      title={t('people.title')}
      intro={t('people.intro')}
      onBack={() => goTo('name')}
      onSubmit={form.handleSubmit((values) => wizardStore.commit('people', { principals: values.principals }, 'region'))}
    >
      <Controller
        control={form.control}
        name="principals"
        render={({ field, fieldState }) => (
          <PrincipalPicker
            graph={graph}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            errorMessage={firstMessage(fieldState.error)}
          />
        )}
      />
      <MessageBar intent="info">
        <MessageBarBody>{t('people.groupNote')}</MessageBarBody>
      </MessageBar>
    </StepFrame>
  );
}
