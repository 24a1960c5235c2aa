import { useEffect, useRef } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod/mini';
import { translatedResolver } from '../ui/form-resolvers';
import { wizardStore, type StepId, type WizardJournal } from './wizard-store';

/** Messages already on screen follow a language switch: the fields showing one are checked again. */
function useRevalidateOnLanguageChange<T extends FieldValues>(form: UseFormReturn<T>): void {
  const { i18n: instance } = useTranslation();
  const language = instance.language;
  const shown = useRef(language);
  useEffect(() => {
    if (shown.current === language) return;
    shown.current = language;
    const withErrors = Object.keys(form.formState.errors);
    if (withErrors.length > 0) void form.trigger(withErrors as Parameters<typeof form.trigger>[0]);
  }, [form, language]);
}

/**
 * A step's form: starts from what the admin last typed (even if invalid), else the confirmed
 * answers, else the defaults; every change is saved at once so a reload loses nothing.
 */
export function useStepForm<T extends FieldValues>(step: StepId, rules: z.ZodMiniType<T, FieldValues> | Resolver<T>, journal: WizardJournal, fallback: T) {
  const draft = journal.drafts[step] as Partial<T> | undefined;
  const form = useForm<T>({
    resolver: typeof rules === 'function' ? rules : translatedResolver(rules),
    defaultValues: { ...fallback, ...draft } as DefaultValues<T>,
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });
  useEffect(() => {
    // The rule warns that the React Compiler would skip a hook using watch(); this project does not
    // compile with it, and the subscription (not a value read during render) is what saves drafts.
    // eslint-disable-next-line react-hooks/incompatible-library
    const subscription = form.watch((values, { name }) => {
      wizardStore.saveDraft(step, values);
      // An error on screen follows the typing, even on a field not yet left (e.g. one a reload
      // showed invalid): it clears as soon as the value is right, before the admin reaches Next.
      if (name && form.getFieldState(name).error) void form.trigger(name);
    });
    return () => subscription.unsubscribe();
  }, [form, step]);
  // A draft that was saved invalid shows its errors again after a reload.
  useEffect(() => {
    if (draft) void form.trigger();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useRevalidateOnLanguageChange(form);
  return form;
}
