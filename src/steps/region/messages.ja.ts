import type { Messages } from '../../i18n/catalogue';

export const regionJa = {
  title: 'リージョンと一意の識別子',
  intro: 'Trend Micro Email Security のアカウントがホストされているリージョンと、Trend Micro の管理コンソールにも入力する一意の識別子を選択します。',
  regionLabel: 'リージョン',
  regionOption: '{{region}} ({{domain}})',
  regions: {
    us: '北米、中南米、アジア太平洋',
    eu: 'ヨーロッパ、アフリカ',
    anz: 'オーストラリア、ニュージーランド',
    jp: '日本',
    sg: 'シンガポール',
    in: 'インド',
    uae: '中東 (UAE)',
  },
  cmpIdLabel: '一意の識別子 (cmpID)',
  cmpIdHint: '英字、数字、- と _ で 64 文字以内。Trend Micro の SSO プロファイルにも同じ値が必要なので、控えておいてください。',
  generate: '生成',
  previewLabel: 'プレビュー',
  previewHeading: '書き込まれる値',
  identifier: '識別子 (エンティティ ID)',
  replyUrl: '応答 URL (ACS)',
  replyUrlPending: '有効な一意の識別子を入力すると、応答 URL が表示されます。',
  regionPending: 'リージョンを選択すると、この値が表示されます。',
  existingApp:
    'テナント内のアプリ "{{name}}" が、このリージョンの識別子を既に使用しています。識別子はテナント内で一意であるため、ウィザードは新しいアプリを作成する代わりにそのアプリを更新します。',
} satisfies Messages;
