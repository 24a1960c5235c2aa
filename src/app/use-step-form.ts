import { toNestErrors } from '@hookform/resolvers';
import { useEffect, useRef } from 'react';
import { useForm, type DefaultValues, type FieldError, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod/mini';
import { i18n } from '../i18n/i18n';
import { translateIssue } from '../i18n/translate';
import { wizardStore, type StepId, type WizardJournal } from './wizard-store';

/**
 * A resolver that runs the step's schema and puts each issue's message, in the current language,
 * on the field its path names (the first issue per field).
 */
export function translatedResolver<T extends FieldValues>(schema: z.ZodMiniType<T, FieldValues>): Resolver<T> {
  return async (values, _context, options) => {
    const parsed = await schema.safeParseAsync(values);
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (!(path in errors)) errors[path] = { type: issue.code, message: translateIssue(i18n.t, issue) };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}

/** Messages already on screen follow a language switch: the fields showing one are checked again. */
export function useRevalidateOnLanguageChange<T extends FieldValues>(form: UseFormReturn<T>): void {
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
export function useStepForm<T extends FieldValues>(
  step: StepId,
  schema: z.ZodMiniType<T, FieldValues>,
  journal: WizardJournal,
  fallback: T,
) {
  const draft = journal.drafts[step] as Partial<T> | undefined;
  const form = useForm<T>({
    resolver: translatedResolver(schema),
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
  useRevalidateOnLanguageChange(form);
  return form;
}
