// The build finds every feature's catalogue (rest.en.ts, rest.ja.ts): the features every page uses
// are among them, each has a Japanese catalogue (catalogues.test.ts checks their keys agree), and
// each English file declares its type under the key it is loaded as.
import { describe, expect, it } from 'vitest';
import { featureCatalogues } from './feature-catalogues';
import { restEn } from './rest.en';
import { restJa } from './rest.ja';

const english = import.meta.glob<Record<string, unknown>>(['../**/*messages.en.ts', '!../shell/**'], { eager: true });
const englishSource = import.meta.glob<string>(['../**/*messages.en.ts', '!../shell/**'], { eager: true, query: '?raw', import: 'default' });

describe('the feature catalogues the build finds', () => {
  it('include the features every page uses', () => {
    expect(Object.keys(restEn)).toEqual(expect.arrayContaining(['wizard', 'people', 'review', 'validation', 'plan', 'graph', 'check', 'deepLink']));
  });

  it('has no Japanese catalogue without an English one', () => {
    expect(Object.keys(restJa).sort()).toEqual(Object.keys(restEn).sort());
  });

  it.each(Object.keys(english))('%s declares its type under the key it is loaded as (i18next.d.ts)', (file) => {
    const [feature, name] = Object.entries(featureCatalogues({ [file]: english[file]! }, 'En')).map(([key]) => [key, `${key}En`])[0]!;
    expect(englishSource[file]).toMatch(new RegExp(`interface FeatureCatalogues \\{\\s*${feature}: typeof ${name};`));
  });
});
