import type { Messages } from '../i18n/catalogue';

export const planJa = {
  instantiate: 'エンタープライズ アプリケーション "{{name}}" を作成する',
  confirmReadable: '新しいアプリケーションとサービス プリンシパルを読み取れるようになるまで待つ',
  samlMode: 'シングル サインオン モードを SAML に設定する',
  urlsAndGroupClaim: '識別子、応答 URL、グループ要求を設定する',
  urls: '識別子と応答 URL を設定する',
  groupClaim: 'グループ要求を設定する',
  assignUser: 'ユーザー "{{name}}" をアプリに割り当てる',
  assignGroup: 'グループ "{{name}}" をアプリに割り当てる',
  claimsPolicy: 'user.{{source}} から ID の要求 "{{name}}" を追加する',
  addCertificate: 'SAML 署名証明書を作成する',
  activateCertificate: '証明書の拇印を確認し、アクティブな署名証明書にする',
  notificationEmails: '証明書の有効期限の通知用メール アドレスを設定する',
  renameApplication: 'アプリケーションの名前を "{{name}}" に変更する',
  renameServicePrincipal: 'エンタープライズ アプリケーションの名前を "{{name}}" に変更する',
  urlsAndRename: '識別子と応答 URL を設定し、アプリケーションの名前を "{{name}}" に変更する',
  groupClaimAndRename: 'グループ要求を設定し、アプリケーションの名前を "{{name}}" に変更する',
  urlsAndGroupClaimAndRename: '識別子、応答 URL、グループ要求を設定し、アプリケーションの名前を "{{name}}" に変更する',
  samlModeAndRename: 'シングル サインオン モードを SAML に設定し、エンタープライズ アプリケーションの名前を "{{name}}" に変更する',
  notificationEmailsAndRename: '証明書の有効期限の通知用メール アドレスを設定し、エンタープライズ アプリケーションの名前を "{{name}}" に変更する',
  activateCertificateAndRename: '証明書の拇印を確認してアクティブな署名証明書にし、エンタープライズ アプリケーションの名前を "{{name}}" に変更する',
} satisfies Messages;
