// Microsoft's Japanese style puts a half-width space between Japanese and Latin text ("Microsoft
// Graph が"), never between two pieces of Japanese ("シンガポール に" reads as a typo). A value
// put into a message (a user's or an app's name) may be either, so a particle after one must not
// depend on a space: such values are quoted (「{{name}}」を), unless they are always Latin or digits.
import { describe, expect, it } from 'vitest';
import { appJa } from '../shell/messages.ja';
import { wizardJa } from '../wizard/messages.ja';
import { regionJa } from '../steps/region/messages.ja';
import { nameJa } from '../steps/name/messages.ja';
import { claimsJa } from '../steps/claims/messages.ja';
import { certificateJa } from '../steps/certificate/messages.ja';
import { peopleJa } from '../steps/people/messages.ja';
import { deepLinkJa } from '../deep-link/messages.ja';
import { restJa } from './rest.ja';

const PARTICLE = '[にをのはがでとへもやか]';
const JAPANESE = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー]';
const SPACE_BEFORE_PARTICLE = new RegExp(`${JAPANESE} ${PARTICLE}`, 'u');
/** Interpolated values that are always Latin or digits: a domain, a GUID, a count, a parameter name. */
const LATIN_VALUES = new Set(['hint', 'tenant', 'signedIn', 'count', 'length', 'max', 'status', 'cmpId', 'parameter', 'codes', 'scopes', 'domain', 'number']);

function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, child]) => strings(child, path ? `${path}.${key}` : key));
}

/** Each place a message puts a value straight before " <particle>" and the value can be Japanese. */
function unquotedValuesBeforeParticles(text: string): string[] {
  return [...text.matchAll(new RegExp(`\\{\\{(\\w+)[^}]*\\}\\} ${PARTICLE}`, 'gu'))].map((match) => match[1]!).filter((name) => !LATIN_VALUES.has(name));
}

/** Every catalogue, as the build finds them (i18n/rest.ja.ts). */
const EVERY_CATALOGUE = { app: appJa, ...restJa };

/**
 * The catalogues whose interpolated values are checked for quoting. The review's, summary's, apply's
 * and check's messages put hosts, paths, thumbprints, claim sources and file names before
 * particles; which of those can be Japanese is not settled yet (issue 15's words work).
 */
const QUOTED_CATALOGUES = {
  app: appJa,
  wizard: wizardJa,
  region: regionJa,
  name: nameJa,
  claims: claimsJa,
  certificate: certificateJa,
  people: peopleJa,
  deepLink: deepLinkJa,
};

describe('Japanese spacing', () => {
  it('has no space between Japanese text and a particle', () => {
    const offending = Object.entries(EVERY_CATALOGUE).flatMap(([feature, catalogue]) =>
      strings(catalogue, feature).filter(([, text]) => SPACE_BEFORE_PARTICLE.test(text)),
    );
    expect(offending).toEqual([]);
  });

  it('quotes a value that may be Japanese instead of spacing it from a particle', () => {
    const offending = Object.entries(QUOTED_CATALOGUES).flatMap(([feature, catalogue]) =>
      strings(catalogue, feature).filter(([, text]) => unquotedValuesBeforeParticles(text).length > 0),
    );
    expect(offending).toEqual([]);
  });

  it('catches the spacing the issue reported', () => {
    expect(SPACE_BEFORE_PARTICLE.test('シンガポール に')).toBe(true);
    expect(SPACE_BEFORE_PARTICLE.test('Microsoft Graph が')).toBe(false);
    expect(unquotedValuesBeforeParticles('{{name}} を追加しました。')).toEqual(['name']);
    expect(unquotedValuesBeforeParticles('テナント {{hint}} の')).toEqual([]);
  });
});
