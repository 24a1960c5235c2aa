// An operation's title in English, from the plan catalogue: for logs and tests. The page renders the
// same entry in the admin's language (src/ui/operation-text.tsx). Kept out of plan.ts so the English
// catalogue is not in every language's download.
import { englishText } from './english-text';
import { planEn } from './plan-messages.en';
import type { PlannedOperation } from './plan';

export function englishTitle(op: Pick<PlannedOperation, 'titleKey' | 'titleValues'>): string {
  return englishText(planEn, op.titleKey, op.titleValues);
}
