import type { Messages } from '../i18n/catalogue';

export const graphJa = {
  retry: {
    connectionDropped: '接続が切断されました。再試行しています',
    throttled: 'Microsoft Graph が要求を調整 (スロットリング) しています (429)',
    unavailable: 'Microsoft Graph が一時的に利用できません ({{status}})',
    concurrency: 'このオブジェクトに対する別の変更が進行中でした (409)。再試行しています',
    replicating404: '新しいアプリのレプリケーションを待機しています (現在 404)',
    replicating409: '新しいアプリのレプリケーションを待機しています (409 競合)',
    replicatingReference: '新しいアプリのレプリケーションを待機しています (まだ参照できません)',
    replicatingServicePrincipal:
      '新しいサービス プリンシパルのレプリケーションを待機しています (現在 403)。この状態が続く場合は、ロールまたは同意が不足している可能性があります',
    answerUnclear: 'Microsoft Graph の応答 ({{status}}) からは処理が完了したかどうかを判断できません。再試行する前に確認しています',
    samlExemptionLag: 'SAML アプリが確認済みドメインの規則から除外されるのを待機しています (SAML に設定した直後です)',
    certificateAnswerLost: '"証明書の作成" の応答が失われました。再試行する前に、証明書が作成されたかどうかを確認しています',
    assignmentReadBack: '割り当ては既に存在します。割り当てを読み取っています',
    signInExpired: 'サインインの有効期限が切れました。更新しています',
    createAnswerLost: '"作成" の応答が失われました。再試行する前に、アプリが作成されたかどうかを確認しています',
  },
  advice: {
    exhausted: 'Microsoft Graph で数分間エラーが続きました。何も失われていません。しばらくしてからもう一度 [適用] を選択すると、停止したところから続行します。',
    forbidden:
      'お使いのアカウントには、このステップを実行する権限がありません。クラウド アプリケーション管理者またはアプリケーション管理者のロール (要求ポリシーにはアプリケーション管理者) が必要です。また、ウィザードのアクセス許可に管理者が同意している必要があります。',
    forbiddenRole:
      'トークンにはこのステップに必要なアクセス許可がすべて含まれているため、不足しているのはディレクトリ ロールです。クラウド アプリケーション管理者またはアプリケーション管理者のロール (要求ポリシーにはアプリケーション管理者) を依頼してから、[再試行] を選択してください。',
    signInExpired: 'サインインの有効期限が切れました。もう一度サインインしてください。[適用] は停止したところから続行します。',
    identifierTaken:
      'このテナントの別のアプリが既にこの識別子を使用しています。ステップ 1 に戻ってください。ウィザードがそのアプリを見つけ、代わりに更新します。',
    correctOrRetry: 'これ以上は何も書き込まれていません。該当する回答を修正するか、もう一度 [適用] を選択してください。',
    checkFailed: 'これ以上は何も書き込まれていません。もう一度 [適用] を実行するか、このメッセージを添えてサポートにお問い合わせください。',
    unexpected: 'これ以上は何も書き込まれていません。もう一度 [適用] を実行すると、停止したところから続行します。',
    tryAgain: 'もう一度お試しください。',
  },
  check: {
    certificateIncomplete: 'Graph から返された証明書に、キーまたは拇印がありません。',
    noCertificate: 'アクティブにする証明書が作成されていません。',
    thumbprintMismatch: '拇印 {{thumbprint}} は、Graph から返された証明書の SHA-1 と一致しないため、アクティブにしていません。',
  },
  undo: {
    application: 'アプリケーション "{{name}}" (オブジェクト ID {{id}}) とそのエンタープライズ アプリケーション (サービス プリンシパル)',
    assignments_other: 'ユーザーとグループの割り当て {{count, number}} 件',
    certificate: '署名証明書 {{thumbprint}}',
    settings: 'その要求、SAML 設定、通知用メール アドレス',
  },
} satisfies Messages;
