import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { wizardStore, type StepId, type WizardJournal } from './wizard-store';

/**
 * A step's form: starts from what the admin last typed (even if invalid), else the confirmed
 * answers, else the defaults; every change is saved at once so a reload loses nothing.
 */
export function useStepForm<T extends FieldValues>(
  step: StepId,
  schema: z.ZodType<T, FieldValues>,
  journal: WizardJournal,
  fallback: T,
) {
  const draft = journal.drafts[step] as Partial<T> | undefined;
  const form = useForm<T>({
    resolver: zodResolver(schema) as unknown as Resolver<T>,
    defaultValues: { ...fallback, ...draft } as DefaultValues<T>,
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });
  useEffect(() => {
    const subscription = form.watch((values) => wizardStore.saveDraft(step, values));
    return () => subscription.unsubscribe();
  }, [form, step]);
  // A draft that was saved invalid shows its errors again after a reload.
  useEffect(() => {
    if (draft) void form.trigger();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return form;
}
