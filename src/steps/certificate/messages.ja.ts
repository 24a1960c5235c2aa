import type { Messages } from '../../i18n/catalogue';

export const certificateJa = {
  title: '署名証明書',
  intro:
    'Entra ID は、この証明書で各 SAML アサーションに署名します。Trend Micro の管理コンソールには証明書 (Base64) のファイルが必要で、概要からダウンロードできます。',
  emailsLabel: '通知用メール アドレス',
  emailsHint: '1 ～ 5 個のアドレスをコンマで区切って入力します。証明書の有効期限の 60 日前、30 日前、7 日前に Entra ID から通知が届きます。',
  validFor: '有効期間',
  years_other: '{{count, number}} 年',
  subjectLabel: '証明書のサブジェクト',
  subjectHint: 'CN=<サブジェクト> として書き込まれます。',
} satisfies Messages;
