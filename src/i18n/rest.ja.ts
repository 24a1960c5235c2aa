// 最初の画面以外のすべての機能の日本語文字列: 各機能の `messages.ja.ts` (と `setup/*-messages.ja.ts`)
// をビルドが見つける (英語: rest.en.ts)。別チャンクとして読み込まれる。
import type { Messages } from './catalogue';
import { featureCatalogues } from './feature-catalogues';

const modules = import.meta.glob<Record<string, unknown>>(['../**/*messages.ja.ts', '!../shell/**'], { eager: true });

export const restJa: Record<string, Messages> = featureCatalogues(modules, 'Ja');
