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
} satisfies Messages;
