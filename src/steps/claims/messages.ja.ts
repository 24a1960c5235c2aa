import type { Messages } from '../../i18n/catalogue';

export const claimsJa = {
  title: '要求',
  intro:
    'SAML アサーションで、各ユーザーについてエンドユーザコンソールに伝える内容です。Trend Micro の SSO プロファイルでは、これとまったく同じ要求名を使用する必要があります。',
  identityLegend: 'ID の要求',
  identityDefault: 'user.mail のメール アドレスを使用する (Entra の既定の要求)',
  identityCustom: '別のユーザー属性から要求を追加する',
  identityClaimName: 'Trend Micro の管理コンソールに入力する要求名:',
  claimName: '要求名',
  claimNameHint: '名前空間は空のままにします。',
  sourceAttribute: 'ソース属性',
  groupLegend: 'グループ要求 (省略可能)',
  groupNone: 'グループ要求を使用しない',
  groupDefaultName: 'Entra のグループ要求名でグループ ID を送信する (すべて自動)',
  groupCustomName: 'euc_group などのカスタム名でグループ ID を送信する (Entra 管理センターでの操作が 1 つ必要)',
  whichGroups: '対象のグループ',
  securityGroups: 'ユーザーが所属するセキュリティ グループ',
  applicationGroups: 'このアプリケーションに割り当てられたグループのみ',
  groupClaimName: 'Trend Micro の管理コンソールに入力するグループ要求名:',
  groupNameLabel: 'グループ要求名',
  renameWarning:
    'Microsoft Graph には、グループ要求の名前を変更する方法が文書化されていません。ウィザードはソースとしてグループ ID を設定します。この名前を Entra 管理センターで設定する正確な手順は、概要に表示されます。',
} satisfies Messages;
