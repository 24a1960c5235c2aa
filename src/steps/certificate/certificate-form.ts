import { certificateAnswersSchema } from '../../setup/answers-schema';
import { mappedResolver } from '../../ui/form-resolvers';
import { splitAddresses } from '../../ui/address-list';
import type { CertificateAnswers } from '../../setup/types';

/** The addresses are typed in one box, separated by commas, semicolons or new lines. */
export interface CertificateForm {
  emails: string;
  validityYears: '1' | '2' | '3';
  commonName: string;
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

const FIELD_OF_ANSWER = { notificationEmails: 'emails', validityYears: 'validityYears', commonName: 'commonName' } as const;

export const certificateFormResolver = mappedResolver<CertificateForm>(
  certificateAnswersSchema,
  fromCertificateForm,
  (path) => FIELD_OF_ANSWER[path[0] as keyof typeof FIELD_OF_ANSWER],
);
