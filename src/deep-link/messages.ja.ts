import type { Messages } from '../i18n/catalogue';

export const deepLinkJa = {
  presetMark: '送信されたリンクで事前設定',

  problemsTitle: '送信されたリンクの一部の値は無視されました',
  problemsIntro: 'リンクのその他の値は引き続き適用されます。これらの値はウィザードでご自身で選択してください。',
  separator: ': ',
  presetsTitle: '送信されたリンクで、いくつかの回答が提案されています',
  presetsIntro: 'ウィザードでは各値が事前設定済みとして入力されています。[次へ] で確定してください。',
  identityPreset: '{{name}} (user.{{source}})',
  parameterLabels: {
    region: 'リージョン',
    appName: 'アプリケーション名',
    cmpId: '一意の識別子',
    claim: 'ID の要求',
    groupClaim: 'グループ要求',
    notify: '通知用メール アドレス',
    tenant: 'テナント',
    check: '既存の設定を確認',
  },

  tenantTitle: 'このリンクはテナント {{tenant}} 用です',
  tenantBeforeSignIn: 'そのテナントのアカウントでサインインしてください。ウィザードはそれ以外のテナントを変更しません。',
  tenantChecking: 'そのテナントにサインインしているかを確認しています…',
  tenantMatches: 'そのテナントにサインインしています。',
  tenantMismatch:
    '現在サインインしているのは別のテナント {{signedIn}} です。ウィザードはここでは何も適用しません。サインアウトしてから、リンクで指定されたテナントのアカウントでサインインしてください。',
  tenantCheckFailed: 'サインインしているテナントを確認できませんでした: {{reason}}',
  tryAgain: '再試行',

  applyRefusedTitle: '適用は拒否されました: テナントが異なります',
  applyRefused:
    '送信されたリンクはテナント {{hint}} 用ですが、現在はテナント {{signedIn}} にサインインしています。適用するには、サインアウトしてから {{hint}} のアカウントでサインインしてください。',
  applyWaitingForTenant: 'テナント {{hint}} にサインインしていることをウィザードが確認するまで、適用は待機します。',
  applyTenantUnknown: 'テナント {{hint}} にサインインしていることをウィザードが確認できるまで、適用は拒否されます。',

  shareButton: '設定用リンクをコピー',
  shareHint:
    'これらの回答 (リージョン、一意の識別子、アプリケーション名、要求、通知用メール アドレス) を他のユーザー向けに事前設定するリンクです。サインイン情報やシークレットは含まれません。',
  shareLinkLabel: '設定用リンク',
  linkCopied: 'リンクをコピーしました。',
  copyFailed: 'リンクをコピーできませんでした。リンクを選択して手動でコピーしてください。',

  sharePageTitle: '設定用リンクを作成する',
  sharePageIntro:
    'サポート担当者向け: お客様の設定についてわかっている内容を入力し、リンクをお客様の管理者に送信します。管理者はサインインし、事前設定としてマークされた各値を確認して確定します。管理者に選択してもらう項目は空のままにしてください。このページではサインインは不要で、どこにも何も送信されません。',
  notPreset: '事前設定しない (管理者が選択)',
  regionLabel: 'リージョン',
  cmpIdLabel: '一意の識別子 (cmpID)',
  cmpIdHint: '英字、数字、- と _ で 64 文字以内。',
  generate: '生成',
  appNameLabel: 'アプリケーション名',
  tenantLabel: 'テナント',
  tenantHint:
    'ディレクトリ ID (GUID) または contoso.onmicrosoft.com のようなドメイン。管理者はこのテナントにサインインし、ウィザードはそれ以外のテナントへの適用を拒否します。',
  identityClaimLabel: 'ID の要求',
  identityDefault: 'Entra の既定のメール アドレスの要求 (user.mail)',
  identityCustom: 'ユーザー属性からのカスタム要求',
  identityNameLabel: 'ID の要求名',
  identitySourceLabel: 'ソース属性',
  groupClaimLabel: 'グループ要求',
  groupNone: 'グループ要求を使用しない',
  groupDefault: 'Entra のグループ要求名でグループ ID を送信',
  groupCustom: 'カスタム名でグループ ID を送信',
  groupNameLabel: 'グループ要求名',
  groupNameKeyword: "'none' と 'default' はリンクのキーワードです。別の名前を選択してください。",
  notifyLabel: '証明書の通知用メール アドレス',
  notifyHint: '1 ～ 5 個のメール アドレスをコンマで区切って入力します。',
  builtLinkLabel: '送信する設定用リンク',
  fixErrors: 'リンクを作成するには、赤で示されたフィールドを修正してください。',
  copyLink: 'リンクをコピー',
  backToWizard: 'ウィザードに戻る',

  parser: {
    repeated: 'リンクで "{{parameter}}" が {{count}} 回指定されているため、無視されました。1 回だけ指定したリンクを送信してください。',
    tooLong: 'リンクの "{{parameter}}" が {{length}} 文字あるため、無視されました。',
    ignored: {
      region: 'リンクのリージョン ("region") は無視されました: {{reason}}',
      appName: 'リンクのアプリケーション名 ("appName") は無視されました: {{reason}}',
      cmpId: 'リンクの一意の識別子 ("cmpId") は無視されました: {{reason}}',
      claim: 'リンクの ID の要求 ("claim") は無視されました: {{reason}}',
      groupClaim: 'リンクのグループ要求 ("groupClaim") は無視されました: {{reason}}',
      notify: 'リンクの通知用メール アドレス ("notify") は無視されました: {{reason}}',
      tenant: 'リンクのテナント ("tenant") は無視されました: {{reason}}',
      check: 'リンクの確認の設定 ("check") は無視されました: {{reason}}',
    },
    valueTooLong: '{{length}} 文字あります。リンクの値は {{max}} 文字までです。',
    regionUnknown: '{{codes}} のいずれでもありません。ウィザードでリージョンを選択してください。',
    tenantInvalid: 'ディレクトリ ID (GUID) でも、contoso.onmicrosoft.com のようなドメインでもありません。',
    checkInvalid: '1 または 0 を指定してください。',
    notValid: '値が無効です。',
  },
} satisfies Messages;
