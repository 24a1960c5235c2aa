// The English words of the claims item a role may not read (a Cloud Application Administrator and
// the custom claims policy), part of checkEn.ui. A module of their own: src/graph/check-setup.ts
// needs them for the JSON report and logs, and importing the whole check catalogue there would put
// its English into every language's download (docs/decisions/017-size-budget-per-language.md).
export const claimsUnreadEn = {
  claimsUnreadable: 'Could not be read: reading the custom claims policy needs the Application Administrator or Global Reader role.',
  claimsUnreadableActual: 'not read',
  claimsUnreadableFix:
    'Your role (Cloud Application Administrator, for example) may not read the claims policy. Sign in as an Application Administrator or Global Reader to check this item; changing it needs Application Administrator.',
};
