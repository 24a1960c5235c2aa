// Resolvers that run the answers' rules (zod) on a form and put each issue's message, in the
// current language, on its field. No store here: the claims and certificate forms use them too.
import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod/mini';
import { i18n } from '../i18n/i18n';
import { translateIssue } from '../i18n/translate';

/** Each issue's message, in the current language, on the field it concerns (the first issue per field). */
function issueErrors(issues: readonly z.core.$ZodIssue[], fieldOf: (path: PropertyKey[]) => string | undefined): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field !== undefined && !(field in errors)) errors[field] = { type: issue.code, message: translateIssue(i18n.t, issue) };
  }
  return errors;
}

/** A resolver that runs the step's schema on the form's values; each field shows its first issue. */
export function translatedResolver<T extends FieldValues>(schema: z.ZodMiniType<T, FieldValues>): Resolver<T> {
  return async (values, _context, options) => {
    const parsed = await schema.safeParseAsync(values);
    if (parsed.success) return { values: parsed.data, errors: {} };
    return {
      values: {},
      errors: toNestErrors(
        issueErrors(parsed.error.issues, (path) => path.join('.')),
        options,
      ),
    };
  };
}

/**
 * For a form whose fields are not the answers' shape (claims, certificate): the schema runs on
 * `toAnswers(values)`, and `fieldOf` says which form field an answer's path belongs to.
 */
export function mappedResolver<F extends FieldValues>(
  schema: z.ZodMiniType,
  toAnswers: (values: F) => unknown,
  fieldOf: (path: PropertyKey[]) => keyof F | undefined,
): Resolver<F> {
  return async (values) => {
    const parsed = await schema.safeParseAsync(toAnswers(values));
    if (parsed.success) return { values, errors: {} };
    return { values: {}, errors: issueErrors(parsed.error.issues, (path) => fieldOf(path) as string | undefined) as FieldErrors<F> };
  };
}
