// The link parser's problems in English (key `deepLink.parser`, Japanese in
// src/deep-link/messages.ja.ts), the only English copy: the pure parser (deep-link.ts) names these
// entries by key (its `ParserMessageKey` type is read from here, types only), and the page and the
// tests render them through i18next. Kept apart from src/deep-link/messages.en.ts so that the
// parser's key type does not depend on the whole deep-link catalogue.
export const deepLinkParserEn = {
  repeated: 'The link gives "{{parameter}}" {{count}} times, so it was ignored: send a link that gives it once.',
  tooLong: 'The link\'s "{{parameter}}" is {{length}} characters long, so it was ignored.',
  ignored: {
    region: 'The link\'s region ("region") was ignored: {{reason}}',
    appName: 'The link\'s application name ("appName") was ignored: {{reason}}',
    cmpId: 'The link\'s unique identifier ("cmpId") was ignored: {{reason}}',
    claim: 'The link\'s identity claim ("claim") was ignored: {{reason}}',
    groupClaim: 'The link\'s group claim ("groupClaim") was ignored: {{reason}}',
    notify: 'The link\'s notification addresses ("notify") were ignored: {{reason}}',
    tenant: 'The link\'s tenant ("tenant") was ignored: {{reason}}',
    check: 'The link\'s check setting ("check") was ignored: {{reason}}',
  },
  valueTooLong: 'It is {{length}} characters long; a value in a link may have at most {{max}}.',
  regionUnknown: 'It is not one of {{codes}}. Choose the region in the wizard.',
  tenantInvalid: 'It is neither a directory ID (GUID) nor a domain such as contoso.onmicrosoft.com.',
  checkInvalid: 'It must be 1 or 0.',
  notValid: 'The value is not valid.',
};
