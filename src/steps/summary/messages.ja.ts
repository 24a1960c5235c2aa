import type { Messages } from '../../i18n/catalogue';

export const summaryJa = {
  title: '概要',
  intro:
    'Microsoft Entra ID でシングル サインオンが構成されました。Trend Micro の管理コンソールの SSO プロファイルに、以下の値を入力してください。',
  startOver: '最初からやり直す',
  copyAll: 'すべてコピー',
  allValues: 'すべての値',
  downloadCertificate: '証明書 (Base64) をダウンロード',
  valuesLabel: 'Trend Micro の管理コンソールに入力する値',
  labels: {
    loginUrl: 'ログイン URL',
    logoutUrl: 'ログアウト URL',
    entraIdentifier: 'Microsoft Entra 識別子',
    identifier: '識別子 (エンティティ ID)',
    replyUrl: '応答 URL (Assertion Consumer Service URL)',
    cmpId: '一意の識別子',
    identityClaimName: 'ID の要求名',
    groupClaimName: 'グループ要求名',
    federationMetadataUrl: 'アプリのフェデレーション メタデータ URL',
    certificateThumbprint: '証明書の拇印',
    certificateExpiry: '証明書の有効期限',
  },
  needsPortalStep: ' (Entra 管理センターで設定します。下記を参照)',
  textLine: '{{label}}: {{value}}',
  textLineNeedsPortalStep: '{{label}}: {{value}} (この名前は Entra 管理センターで設定します)',
  copy: 'コピー',
  copyLabel: '{{label}}をコピー',
  copied: '{{label}}をコピーしました。',
  copyFailed: '{{label}}をコピーできませんでした。値を選択して手動でコピーしてください。',
  noCertificate:
    'このアプリには有効な署名証明書が既にあったため、新しい証明書は作成していません。Entra 管理センターのアプリの [シングル サインオン] ページから、証明書 (Base64) をダウンロードしてください。',
  renameTitle: 'ウィザードでは未実施: グループ要求の名前を "{{name}}" に変更してください',
  renameWhy:
    'Microsoft Graph にはこの操作を行う方法が文書化されていないため、実施していません。グループ ID は Entra の既定の名前で既に送信されています。',
  renameStepsBefore: 'Entra 管理センターで、アプリの',
  renameStepsLink: 'シングル サインオン',
  renameStepsAfter:
    'ページを開き、[属性とクレーム] → [編集] → グループ要求 → [詳細オプション] → [グループ要求の名前をカスタマイズする] を選択 → 名前: {{name}} → [保存] の順に操作します。',
  nextStepsLabel: '次の手順',
  nextStepsHeading: '次に、Trend Micro の管理コンソールで行うこと',
  nextSteps: {
    signIn: 'Cloud Email Gateway Protection の管理コンソールにサインインし、エンドユーザコンソールの SSO 設定を開きます。',
    profile: 'ID プロバイダーとして Microsoft Entra ID を指定した SSO プロファイルを作成します。',
    values: '上に表示された一意の識別子、ログイン URL、ログアウト URL、Microsoft Entra 識別子、ID の要求名を入力します。',
    valuesWithGroup:
      '上に表示された一意の識別子、ログイン URL、ログアウト URL、Microsoft Entra 識別子、ID の要求名、グループ要求名を入力します。',
    upload: 'ダウンロードした証明書 (Base64) をアップロードします。',
    test: 'すべてのユーザーで SSO を有効にする前に、割り当てたユーザーでテストします。',
  },
  openInEntra: 'Microsoft Entra 管理センターでアプリを開く',
} satisfies Messages;
