import type { Messages } from '../../i18n/catalogue';

export const applyJa = {
  title: '適用',
  intro: '各 Microsoft Graph 操作とその進行状況です。互いに依存しない操作は同時に実行されます。',
  state: {
    pending: '待機中',
    running: '実行中',
    retrying: '再試行中',
    done: '完了',
    failed: '失敗',
  },
  backToReview: '確認に戻る',
  removeCreated: '今回の実行で作成したものを削除',
  tryAgain: '再試行',
  continueToSummary: '概要に進む',
  reviewAgain: 'もう一度確認する',
  tenantMismatch: 'この計画はテナント {{planned}} 用に作成されましたが、現在はテナント {{signedIn}} にサインインしています。何も適用されません。',
  staleTitle: 'その間に別のタブがこのアプリを作成しました',
  staleBody:
    'この計画が順番を待っている間に、ウィザードの別のタブがこの識別子のアプリを作成しました。このタブでは何も書き込まれていません。もう一度確認してください。新しい計画では、2 つ目のアプリを作成せずにそのアプリを更新します。',
  progress: '{{total, number}} 件中 {{done, number}} 件の操作が完了',
  operationsLabel: '操作',
  nextAttempt: '{{seconds, number}} 秒後に再試行: {{reason}}',
  stopped: '適用が停止しました。完了した操作はすべて記録されています。[再試行] を選択すると、何も重複して作成せずにここから続行します。',
  removeTitle: '今回の実行で作成したものを削除しますか?',
  removeIntro: 'アプリケーションを削除すると、以下のすべてがテナントから削除されます:',
  removeFailed: '削除できませんでした: {{reason}}',
  keep: '削除しない',
  removing: '削除しています…',
  remove: '削除',
  refused: {
    body: 'このステップに必要なサインインを Microsoft が拒否しました ({{code}})。ウィザードが自動でもう一度要求することはなく、これ以上は何も書き込まれていません。',
    askAgain: 'Microsoft にもう一度要求',
  },
  consent: {
    body: '同意がありません。Microsoft が発行したトークンに次のアクセス許可が含まれていないため、Microsoft Graph は要求を拒否しました。組織を代表して同意できる管理者が今すぐ付与できます。付与後、ウィザードは停止したところから続行します。',
    grant: '同意を付与',
    granting: 'Microsoft のサインインを開いています…',
    failed: '同意を要求できませんでした: {{reason}}',
  },
} satisfies Messages;
