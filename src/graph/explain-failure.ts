import type { GraphFailure } from './retry';

/** Graph's own message plus what the admin must do about it. */
export function explainFailure(failure: GraphFailure, exhausted: boolean): { message: string; advice: string } {
  const graphSays = `${failure.status > 0 ? `HTTP ${failure.status} ` : ''}${failure.code ? `${failure.code}: ` : ''}${failure.message}`.trim();
  if (exhausted) {
    return {
      message: graphSays,
      advice: 'Microsoft Graph kept failing for several minutes. Nothing is lost: choose Apply again later and it continues where it stopped.',
    };
  }
  if (failure.status === 403) {
    return {
      message: graphSays,
      advice:
        'Your account lacks the rights for this step. You need the Cloud Application Administrator or Application Administrator role (Application Administrator for the claims policy), and an administrator must have granted consent to the wizard\'s permissions.',
    };
  }
  if (failure.status === 401) {
    return { message: graphSays, advice: 'Your sign-in expired. Sign in again; Apply continues where it stopped.' };
  }
  if (failure.status === 400 && /identifierUris already exists/i.test(failure.message)) {
    return {
      message: graphSays,
      advice: 'Another app in this tenant already uses this identifier. Go back to step 1: the wizard will find that app and update it instead.',
    };
  }
  return { message: graphSays, advice: 'Nothing further was written. Correct the answer concerned, or choose Apply again.' };
}
