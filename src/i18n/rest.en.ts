// English strings of every feature past the first screen, one key per feature; each lives with its
// feature's code. A separate chunk: loaded before that code renders (i18n.ts).
import { wizardEn } from '../wizard/messages.en';
import { nameEn } from '../steps/name/messages.en';
import { peopleEn } from '../steps/people/messages.en';
import { regionEn } from '../steps/region/messages.en';
import { claimsEn } from '../steps/claims/messages.en';
import { certificateEn } from '../steps/certificate/messages.en';
import { reviewEn } from '../steps/review/messages.en';
import { applyEn } from '../steps/apply/messages.en';
import { summaryEn } from '../steps/summary/messages.en';
import { validationEn } from '../setup/answers-messages.en';
import { planEn } from '../setup/plan-messages.en';
import { graphEn } from '../graph/messages.en';
import { deepLinkEn } from '../deep-link/messages.en';
import { checkEn } from '../check/messages.en';

export const restEn = {
  wizard: wizardEn,
  name: nameEn,
  people: peopleEn,
  region: regionEn,
  claims: claimsEn,
  certificate: certificateEn,
  review: reviewEn,
  apply: applyEn,
  summary: summaryEn,
  validation: validationEn,
  plan: planEn,
  graph: graphEn,
  deepLink: deepLinkEn,
  check: checkEn,
};
