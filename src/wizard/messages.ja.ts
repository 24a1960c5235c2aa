// ウィザードの枠組み (ステップ ナビゲーション、[戻る]、[次へ]) の日本語文字列。
import type { Messages } from '../i18n/catalogue';

export const wizardJa = {
  stepsLabel: 'ウィザードのステップ',
  stepButton: '{{number}}. {{label}}',
  steps: {
    name: 'アプリケーション名',
    people: 'ユーザーとグループ',
    region: 'リージョンと一意の識別子',
    claims: '要求',
    certificate: '署名証明書',
    review: '確認',
    apply: '適用',
    summary: '概要',
  },
  back: '戻る',
  next: '次へ',
  startOver: {
    button: '最初からやり直す',
    title: '最初からやり直しますか?',
    intro: 'このブラウザー タブで次の内容が破棄されます:',
    answers: 'これまでに入力したすべての回答',
    answersNamed: 'これまでに入力したすべての回答 (アプリケーション「{{appName}}」、一意の識別子 {{cmpId}})',
    applyRecord: '概要に表示される前回の適用の記録 (必要な値は先にコピーしてください)',
    directoryKept: 'ディレクトリは何も変更されません。アプリとその設定は Microsoft Entra ID に残り、ウィザードをもう一度実行するとそのアプリが見つかります。',
    cancel: 'キャンセル',
    confirm: '破棄して最初からやり直す',
  },
} satisfies Messages;
