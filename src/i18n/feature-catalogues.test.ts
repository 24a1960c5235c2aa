// The build finds every feature's catalogue (rest.en.ts, rest.ja.ts): each English file has a
// Japanese one beside it with the same keys, and declares its type under the key it is loaded as.
import { describe, expect, it } from 'vitest';
import { flatten, type Messages } from './catalogue';
import { featureCatalogues } from './feature-catalogues';
import { restEn } from './rest.en';
import { restJa } from './rest.ja';

const english = import.meta.glob<Record<string, unknown>>(['../**/*messages.en.ts', '!../shell/**'], { eager: true });
const japanese = import.meta.glob<Record<string, unknown>>(['../**/*messages.ja.ts', '!../shell/**'], { eager: true });
const englishSource = import.meta.glob<string>(['../**/*messages.en.ts', '!../shell/**'], { eager: true, query: '?raw', import: 'default' });

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const keysOf = (messages: Messages) => new Set([...flatten(messages).keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));

describe('the feature catalogues the build finds', () => {
  it('are the ones loaded, with the features every page uses', () => {
    expect(Object.keys(restEn).sort()).toEqual(Object.keys(featureCatalogues(english, 'En')).sort());
    expect(Object.keys(restEn)).toEqual(expect.arrayContaining(['wizard', 'people', 'review', 'validation', 'plan', 'graph', 'check', 'deepLink']));
  });

  it.each(Object.keys(english))('%s has a Japanese catalogue beside it with the same keys', (file) => {
    const jaFile = file.replace(/\.en\.ts$/, '.ja.ts');
    expect(Object.keys(japanese), `${jaFile} is missing`).toContain(jaFile);
    const [feature, messagesEn] = Object.entries(featureCatalogues({ [file]: english[file]! }, 'En'))[0]!;
    const [featureJa, messagesJa] = Object.entries(featureCatalogues({ [jaFile]: japanese[jaFile]! }, 'Ja'))[0]!;
    expect(featureJa).toBe(feature);
    expect([...keysOf(messagesJa)].sort()).toEqual([...keysOf(messagesEn)].sort());
  });

  it('has no Japanese catalogue without an English one', () => {
    expect(Object.keys(restJa).sort()).toEqual(Object.keys(restEn).sort());
  });

  it.each(Object.keys(english))('%s declares its type under the key it is loaded as (i18next.d.ts)', (file) => {
    const [feature, name] = Object.entries(featureCatalogues({ [file]: english[file]! }, 'En')).map(([key]) => [key, `${key}En`])[0]!;
    expect(englishSource[file]).toMatch(new RegExp(`interface FeatureCatalogues \\{\\s*${feature}: typeof ${name};`));
  });
});
