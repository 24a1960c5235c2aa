// 回答ルールのメッセージの日本語カタログ (英語: answers-messages.en.ts)。
import type { Messages } from '../i18n/catalogue';

export const validationJa = {
  appNameRequired: 'アプリケーションの名前を入力してください。',
  appNameSurroundingSpace: '名前の先頭または末尾のスペースを削除してください。',
  appNameTooLong: '名前が {{length}} 文字あります。Microsoft Entra ID で使用できるのは {{max}} 文字までです。',
  invisibleCharacter: '{{character}}は使用できません。削除してください。',

  principalsRequired:
    'ユーザーまたはグループを 1 つ以上割り当ててください。このアプリでは割り当てが必要なため、ここで割り当てたユーザーとグループだけがエンドユーザコンソールにサインインできます。',
  principalDuplicate: '「{{displayName}}」が一覧に 2 回含まれています。どちらかを削除してください。',
  principalInvalid: 'この項目はディレクトリのユーザーまたはグループではありません。削除してから、もう一度選択してください。',

  regionRequired: 'Trend Micro Email Security のアカウントがホストされているリージョンを選択してください。',

  cmpIdRequired: '一意の識別子を入力するか、生成してください。',
  cmpIdCharacter: '{{character}}は使用できません。英字、数字、- と _ を使用してください。',
  cmpIdNonAsciiCharacter: '{{character}}は使用できません。識別子は URL の一部になるため、A–Z、a–z、0–9、- と _ だけを使用してください。',
  cmpIdTooLong: '一意の識別子が {{length}} 文字あります。上限は {{max}} 文字です。',

  claimOptionRequired: 'いずれかのオプションを選択してください。',
  claimNameRequired: '要求名を入力してください。',
  claimNameCharacter: '{{character}}は要求名に使用できません。英字、数字、および : / . _ - などの URI で使用できる文字を使用してください。',
  claimNameTooLong: '要求名が {{length}} 文字あります。上限は {{max}} 文字です。',
  claimNameRestricted: '「{{name}}」は Microsoft Entra ID で予約されているため、カスタム要求の名前には使用できません。別の名前を選択してください。',
  identityClaimSourceRequired: 'メール アドレスを保持しているユーザー属性を選択してください。',
  groupClaimNameIsDefault:
    'これは Entra の既定のグループ要求名です。代わりに既定の名前を使用するオプションを選択してください。そのオプションでは Entra 管理センターでの操作は不要です。',
  groupClaimNameTakenByDefaultClaim:
    '「{{name}}」は Entra の既定の要求 (メール アドレス、名前、名、姓) のいずれかで既に使用されています。euc_group など別の名前を選択してください。',
  groupClaimSameAsIdentityClaim: 'グループ要求には、ID の要求とは異なる名前が必要です。',
  groupClaimGroupsRequired: '要求に含めるグループを選択してください。',

  notificationEmailsRequired: '証明書の有効期限の通知を受け取るメール アドレスを 1 つ以上入力してください。',
  notificationEmailsTooMany_other: '{{count}} 個のアドレスが入力されています。Microsoft Entra ID で指定できるのは {{max}} 個までです。',
  notificationEmailEmpty: 'このアドレスは空です。入力するか、削除してください。',
  notificationEmailHasSpace: '「{{address}}」にスペースが含まれています。削除してください。',
  notificationEmailInvalid: '「{{address}}」は有効なメール アドレスではありません。',
  notificationEmailDuplicate: '「{{address}}」は既に一覧にあります。',
  validityYearsInvalid: '有効期間として 1 年、2 年、3 年のいずれかを選択してください。',
  commonNameRequired: '証明書のサブジェクト名を入力してください。',
  commonNameHasPrefix: '「CN=」は入力しないでください。ウィザードが自動的に付加します。',
  commonNameSurroundingSpace: 'サブジェクト名の先頭または末尾のスペースを削除してください。',
  commonNameCharacter: '{{character}}はサブジェクト名に使用できません。, = + < > # ; \\ と " は証明書の名前で特別な意味を持ちます。',
  commonNameTooLong: 'サブジェクト名が {{length}} 文字あります。証明書の共通名 (CN) に使用できるのは {{max}} 文字までです。',

  malformed: 'この回答はウィザードが読み取れない形式で保存されています。もう一度入力してください。',

  describeCharacter: {
    space: 'スペース',
    invisible: '不可視文字 U+{{codePoint}} ',
    visible: '「{{character}}」',
  },
} satisfies Messages;
