// 最初の画面以外のすべての機能の日本語文字列 (英語: rest.en.ts)。別チャンクとして読み込まれる。
import { wizardJa } from '../wizard/messages.ja';
import { nameJa } from '../steps/name/messages.ja';
import { peopleJa } from '../steps/people/messages.ja';
import { regionJa } from '../steps/region/messages.ja';
import { claimsJa } from '../steps/claims/messages.ja';
import { certificateJa } from '../steps/certificate/messages.ja';
import { reviewJa } from '../steps/review/messages.ja';
import { applyJa } from '../steps/apply/messages.ja';
import { summaryJa } from '../steps/summary/messages.ja';
import { validationJa } from '../setup/answers-messages.ja';
import { planJa } from '../setup/plan-messages.ja';
import { graphJa } from '../graph/messages.ja';
import { deepLinkJa } from '../deep-link/messages.ja';
import { checkJa } from '../check/messages.ja';

export const restJa = {
  wizard: wizardJa,
  name: nameJa,
  people: peopleJa,
  region: regionJa,
  claims: claimsJa,
  certificate: certificateJa,
  review: reviewJa,
  apply: applyJa,
  summary: summaryJa,
  validation: validationJa,
  plan: planJa,
  graph: graphJa,
  deepLink: deepLinkJa,
  check: checkJa,
};
