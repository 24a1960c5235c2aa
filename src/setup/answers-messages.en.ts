// The answer rules' messages in English (src/setup/answers-schema.ts), the only English copy: the
// page and the tests render them through i18next (src/i18n/translate.ts); the schemas' issues carry
// only the key. Keys are the issues' `messageKey`s; values are the issues' `values` as
// answerMessageValues prepares them (characters described, quoted values shortened, limits
// added). Japanese: answers-messages.ja.ts.
export const validationEn = {
  appNameRequired: 'Enter a name for the application.',
  appNameSurroundingSpace: 'Remove the space at the start or end of the name.',
  appNameTooLong: 'The name is {{length}} characters long; Microsoft Entra ID allows at most {{max}}.',
  invisibleCharacter: '{{character}} is not allowed: remove it.',

  principalsRequired:
    'Assign at least one user or group. The app requires assignment, so only the users and groups assigned here can sign in to the End User Console.',
  principalDuplicate: "'{{displayName}}' is in the list twice: remove one.",
  principalInvalid: 'This entry is not a user or group from your directory: remove it and pick it again.',

  regionRequired: 'Choose the region where your Trend Micro Email Security account is hosted.',

  cmpIdRequired: 'Enter a unique identifier, or generate one.',
  cmpIdCharacter: '{{character}} is not allowed: use letters, digits, - and _.',
  cmpIdNonAsciiCharacter: '{{character}} is not allowed: use only A–Z, a–z, 0–9, - and _, because the identifier becomes part of a URL.',
  cmpIdTooLong: 'The unique identifier is {{length}} characters long; the limit is {{max}}.',

  claimOptionRequired: 'Choose one of the options.',
  claimNameRequired: 'Enter the claim name.',
  claimNameCharacter: '{{character}} is not allowed in a claim name: use letters, digits and URI characters such as : / . _ -',
  claimNameTooLong: 'The claim name is {{length}} characters long; the limit is {{max}}.',
  claimNameRestricted: "'{{name}}' is reserved by Microsoft Entra ID and cannot be the name of a custom claim: choose another name.",
  identityClaimSourceRequired: 'Choose the user attribute that holds the e-mail addresses.',
  groupClaimNameIsDefault:
    "That is Entra's default group claim name: choose the option that keeps the default name instead, which needs no step in the Entra admin center.",
  groupClaimNameTakenByDefaultClaim:
    "'{{name}}' is already one of Entra's default claims (e-mail address, name, given name or surname): choose another name, such as euc_group.",
  groupClaimSameAsIdentityClaim: 'The group claim needs a different name from the identity claim.',
  groupClaimGroupsRequired: 'Choose which groups the claim lists.',

  notificationEmailsRequired: 'Enter at least one e-mail address to receive certificate expiry notices.',
  notificationEmailsTooMany_one: 'You entered {{count}} address; Microsoft Entra ID accepts at most {{max}}.',
  notificationEmailsTooMany_other: 'You entered {{count}} addresses; Microsoft Entra ID accepts at most {{max}}.',
  notificationEmailEmpty: 'This address is empty: fill it in or remove it.',
  notificationEmailHasSpace: "'{{address}}' contains a space: remove it.",
  notificationEmailInvalid: "'{{address}}' is not a valid e-mail address.",
  notificationEmailDuplicate: "'{{address}}' is already in the list.",
  validityYearsInvalid: 'Choose a validity of 1, 2 or 3 years.',
  commonNameRequired: "Enter the certificate's subject name.",
  commonNameHasPrefix: "Leave out 'CN=': the wizard adds it.",
  commonNameSurroundingSpace: 'Remove the space at the start or end of the subject name.',
  commonNameCharacter: '{{character}} is not allowed in the subject name: , = + < > # ; \\ and " have a special meaning in certificate names.',
  commonNameTooLong: "The subject name is {{length}} characters long; a certificate's common name allows at most {{max}}.",

  /** An issue that names no rule (zod's own): a stored answer of the wrong type, not something an admin types. */
  malformed: 'This answer was saved in a form the wizard cannot read; enter it again.',

  /** How a character is named at the start of the messages above. */
  describeCharacter: {
    space: 'A space',
    invisible: 'The invisible character U+{{codePoint}}',
    visible: "'{{character}}'",
  },
};

declare module '../i18n/feature-catalogues' {
  interface FeatureCatalogues {
    validation: typeof validationEn;
  }
}
