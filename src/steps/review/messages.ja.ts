import type { Messages } from '../../i18n/catalogue';

export const reviewJa = {
  title: '確認',
  intro:
    'まだ何も書き込まれていません。以下は [適用] で送信される Microsoft Graph 要求そのもので、この順序で送信されます。同じ階層の要求は同時に実行されます。',
  apply: '適用',
  continueToSummary: '概要に進む',
  invalidAnswers: '未入力または無効な回答があります: {{reason}}',
  reading: 'テナントを読み取って変更を計画しています…',
  readFailed: 'テナントを読み取れませんでした',
  tryAgain: '再試行',
  updatingTitle: '既存のアプリを更新します',
  updatingBody: '"{{name}}" には、このリージョンの識別子が既に設定されています。回答と異なる部分だけが書き込まれ、重複は作成されません。',
  nothingToWrite: 'テナントはすべての回答と既に一致しています。何も書き込まれません。',
  operationsLabel: '計画された Graph 操作',
  after: '前提: {{titles}}',
  listSeparator: '、',
  claimsKept: 'ポリシーに既にある要求は先に読み取られ、そのまま保持されます。',
  manualTitle: '手動での操作が 1 つ残ります',
  claimsRoleTitle: '要求のステップにはアプリケーション管理者ロールが必要です',
  claimsRoleBody:
    'Microsoft Graph はこのアプリのカスタム要求ポリシーの読み取りを拒否しました。お使いのロール (クラウド アプリケーション管理者など) では読み取りも書き込みもできません。その他はすべて適用できますが、アプリケーション管理者が実行しない限り、適用は要求のステップで停止します。または、戻って既定のメール アドレスの要求のままにしてください。',
  manualRename:
    'グループ要求の名前を "{{name}}" に変更する方法は、Microsoft Graph に文書化されていません。Entra 管理センターでの正確な手順は概要に表示されます。',
  permissionsLabel: '使用するアクセス許可',
  permissionsHeading: '[適用] で使用するアクセス許可',
  scopeSeparator: ': ',
  scopeReasons: {
    User_Read: 'サインインして、お名前を表示します。',
    Application_Read_All: 'このウィザードで以前に作成したアプリを検索し、割り当てに使うロール ID を読み取ります。',
    User_ReadBasic_All: '割り当ての選択欄でユーザーを検索します。',
    GroupMember_Read_All: '割り当ての選択欄でグループを検索します。',
    Application_ReadWrite_All: 'エンタープライズ アプリケーションを作成し、SAML モード、URL、証明書、通知用メール アドレスを設定します。',
    AppRoleAssignment_ReadWrite_All: '選択したユーザーとグループをアプリに割り当てます。',
    Policy_ReadWrite_ApplicationConfiguration: 'カスタムの ID の要求 (カスタム要求ポリシー) を書き込みます。',
    Policy_Read_All: '既存の要求を保持するため、現在の要求ポリシーを読み取ります。',
  },
} satisfies Messages;
