import type { FieldErrors, Resolver } from 'react-hook-form';
import { certificateAnswersSchema } from '../../setup/answers-schema';
import { i18n } from '../../i18n/i18n';
import { translateIssue } from '../../i18n/translate';
import type { CertificateAnswers } from '../../setup/types';

/** The addresses are typed in one box, separated by commas, semicolons or new lines. */
export interface CertificateForm {
  emails: string;
  validityYears: '1' | '2' | '3';
  commonName: string;
}

export function splitAddresses(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((address) => address.trim())
    .filter((address) => address !== '');
}

export function toCertificateForm(answers: CertificateAnswers): CertificateForm {
  return {
    emails: answers.notificationEmails.join(', '),
    validityYears: String(answers.validityYears) as CertificateForm['validityYears'],
    commonName: answers.commonName,
  };
}

export function fromCertificateForm(form: CertificateForm): unknown {
  return { notificationEmails: splitAddresses(form.emails), validityYears: Number(form.validityYears), commonName: form.commonName };
}

export const certificateFormResolver: Resolver<CertificateForm> = async (values) => {
  const parsed = certificateAnswersSchema.safeParse(fromCertificateForm(values));
  if (parsed.success) return { values, errors: {} };
  const errors: FieldErrors<CertificateForm> = {};
  const fieldOf = { notificationEmails: 'emails', validityYears: 'validityYears', commonName: 'commonName' } as const;
  for (const issue of parsed.error.issues) {
    const field = fieldOf[issue.path[0] as keyof typeof fieldOf];
    if (field && !errors[field]) errors[field] = { type: issue.code, message: translateIssue(i18n.t, issue) };
  }
  return { values: {}, errors };
};
