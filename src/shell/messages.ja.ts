// 最初の画面の日本語文字列 (英語: messages.en.ts)。用語は Microsoft Entra 管理センターの日本語表記に合わせる。
import type { Messages } from '../i18n/catalogue';

export const appJa = {
  productName: 'Trend Micro Email Security 向け Entra ID SSO',
  demoBannerTitle: 'デモ テナント: 実際のディレクトリには一切変更を加えません。',
  demoBannerBody: 'Graph の呼び出しはすべて、このブラウザー タブ内で動作するエミュレートされた Entra テナントが応答します。',
  demoBannerRealTenantFaults:
    '実際のテナントに近い障害が有効です: レプリケーションの遅延、スロットリング、書き込み後に失われる応答、実際のテナントが返す拒否。無効にするには、?demoFaults=off を付けてページを開きます。',
  signingIn: 'サインインしています…',
  loadingWizard: 'ウィザードを読み込んでいます…',
  header: {
    signedInAs: 'サインイン中のアカウント',
    tenant: 'テナント',
    signOut: 'サインアウト',
    preferences: '表示設定',
    language: '言語',
    theme: 'テーマ',
    themeSystem: 'システム',
    themeLight: 'ライト',
    themeDark: 'ダーク',
  },
  languageNames: {
    en: 'English',
    ja: '日本語',
  },
  start: {
    title: 'エンドユーザコンソールのシングル サインオンを設定する',
    intro:
      'このウィザードは、ユーザーが SAML で Trend Micro Email Security のエンドユーザコンソールにサインインできるように Microsoft Entra ID のエンタープライズ アプリケーションを作成・構成し、Trend Micro の管理コンソールに入力する値を表示します。',
    needRole: 'アプリケーション管理者ロールが必要です (カスタムの ID の要求を使わない場合は、クラウド アプリケーション管理者でもかまいません)。',
    nothingWritten: '計画を確認して [適用] を選択するまで、ディレクトリには何も書き込まれません。',
    comeBack: '後から再開できます。再実行すると、以前に作成したアプリを見つけ、異なる部分だけを変更します。',
    signIn: 'Microsoft でサインイン',
    signInDemo: 'デモ テナントにサインイン',
    supportLink: 'サポート担当者向け: 設定用リンクを作成する',
  },
  auth: {
    failed: 'サインインに失敗しました ({{code}})',
    hints: {
      AADSTS65001:
        'このテナントでは、ウィザードのアクセス許可に管理者がまだ同意していません。グローバル管理者または特権ロール管理者に管理者の同意を付与してもらってから、もう一度サインインしてください。',
      AADSTS65004: '同意が拒否されたため、ウィザードはそれを必要とするステップを実行できません。管理者が同意できるようになったら、もう一度要求してください。',
      AADSTS90094:
        'これらのアクセス許可に組織として同意できるのは管理者だけです。グローバル管理者または特権ロール管理者にウィザードへの管理者の同意を付与してもらってから、もう一度要求してください。',
      AADSTS50105: 'お使いのアカウントは、このテナントのウィザードのアプリの登録に割り当てられていません。',
      AADSTS700016:
        'このテナントにウィザードのアプリの登録が見つかりません。config.json のクライアント ID と、アプリがマルチテナントであることを確認してください。',
      AADSTS50011: 'リダイレクト URI が、ウィザードのアプリの登録 (シングルページ アプリケーション プラットフォーム) に登録されていません。',
      demo_tenant_unavailable: 'デモ テナントを起動できませんでした。',
      sign_in_unavailable: 'サインイン コンポーネントを読み込めませんでした。ページを再読み込みして、もう一度お試しください。',
    },
  },
  boot: {
    failed: 'ウィザードを起動できませんでした',
    configNotObject: 'config.json には JSON オブジェクトを記述する必要があります。',
    configClientId: 'config.json: "clientId" には、ウィザードのアプリの登録のアプリケーション (クライアント) ID (GUID) を指定してください。',
    configAuthority: 'config.json: "authority" には、https://login.microsoftonline.com/organizations のような https の URL を指定してください。',
    configUnreadable: 'config.json を読み取れませんでした (HTTP {{status}})。',
    configNotJson: 'config.json が有効な JSON ではありません。',
  },
} satisfies Messages;
