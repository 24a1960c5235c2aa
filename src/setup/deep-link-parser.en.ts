// The link parser's problems in English (key `deepLink.parser`, Japanese in
// src/deep-link/messages.ja.ts): the page renders them through i18next, the pure parser
// (deep-link.ts) renders them for its English messages (logs, tests). The only English copy of
// these sentences; kept apart from src/deep-link/messages.en.ts so the parser does not carry the
// whole deep-link catalogue into every language's download.
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
