import type { Messages } from '../../i18n/catalogue';

export const nameJa = {
  title: 'アプリケーション名',
  intro: 'Microsoft Entra ID でのエンタープライズ アプリケーションの名前です。ユーザーにはマイ アプリに表示されます。',
  fieldLabel: 'アプリケーション名',
  checking: 'この名前のアプリを検索しています…',
  found_other:
    'この名前のアプリがテナントに既に {{count, number}} 個あります。Entra ID では名前の重複が許可されています。確認ステップでは、選択したリージョンの識別子を持つアプリを検索し、新しいアプリを作成する代わりにそのアプリを更新します。',
  none: 'この名前のアプリはまだテナントにありません。',
  checkFailed: '既存のアプリを確認できませんでした: {{reason}}',
} satisfies Messages;
