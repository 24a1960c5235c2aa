import type { Messages } from '../../i18n/catalogue';

export const peopleJa = {
  title: 'ユーザーとグループ',
  intro:
    'エンドユーザコンソールにサインインできるユーザーを選択します。このアプリでは割り当てが必要なため、ここで割り当てたユーザーとグループだけがシングル サインオンを使用できます。',
  fieldLabel: 'ユーザーとグループ',
  fieldHint:
    '名前またはメール アドレスを入力します。方向キーで候補を移動し、Enter キーで追加します。入力欄が空のときに Backspace キーを押すと、最後に追加した項目が削除されます。',
  chosenListLabel: '選択したユーザーとグループ',
  kind: { user: 'ユーザー', group: 'グループ' },
  kindInName: { user: 'ユーザー', group: 'グループ' },
  groupType: { microsoft365: 'Microsoft 365 グループ', security: 'セキュリティ グループ' },
  usersHeading: 'ユーザー',
  groupsHeading: 'グループ',
  searching: '検索しています…',
  noMatches: '一致するユーザーまたはグループはありません。',
  allMatchesChosen: '一致するユーザーとグループはすべて選択済みです。',
  matchCount_other: '{{count, number}} 件が一致しました。方向キーで選択してください。',
  searchFailed: '検索に失敗しました',
  searchThrottled: '検索が調整 (スロットリング) されています。入力を続けるか、しばらくお待ちください。',
  searchForbidden:
    'お使いのアカウントにはユーザーとグループを読み取る権限 ({{scopes}}) がありません。管理者に同意を付与してもらってから、もう一度検索してください。',
  searchError: 'ユーザーとグループを検索できませんでした: {{reason}}',
  searchErrorUnknown: 'ユーザーとグループを検索できませんでした。',
  added: '「{{name}}」を追加しました。',
  removed: '「{{name}}」を削除しました。',
  groupNote:
    'グループの割り当てには Microsoft Entra ID P1 または P2 が必要です。Free レベルではユーザーを割り当ててください。サインインできるのはグループの直接のメンバーだけで、入れ子になったグループは展開されません。',
  optionName: '{{name}}、{{kind}}',
  optionNameWithDetail: '{{name}}、{{kind}}、{{detail}}',
  tagName: '{{name}}、{{kind}}',
  kindInParentheses: '({{kind}})',
} satisfies Messages;
