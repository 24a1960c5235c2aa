import { describe, expect, it } from 'vitest';
import { cmpIdOf, eucIdentifier, eucReplyUrl, isValidCmpId, parseEucUrls, regionByCode, regionInfo, REGIONS } from './regions';
import type { Region } from './types';

describe('REGIONS', () => {
  it('lists the seven regions of Trend Micro’s guide, in its order', () => {
    expect(REGIONS).toEqual([
      { code: 'us', domain: 'tmes.trendmicro.com' },
      { code: 'eu', domain: 'tmes.trendmicro.eu' },
      { code: 'anz', domain: 'tmes-anz.trendmicro.com' },
      { code: 'jp', domain: 'tmems-jp.trendmicro.com' },
      { code: 'sg', domain: 'tmes-sg.trendmicro.com' },
      { code: 'in', domain: 'tmes-in.trendmicro.com' },
      { code: 'uae', domain: 'tmes-uae.trendmicro.com' },
    ]);
  });

  it('describes a single region the same way', () => {
    expect(regionInfo('jp')).toEqual({ code: 'jp', domain: 'tmems-jp.trendmicro.com' });
  });
});

describe('EUC URLs', () => {
  it.each<[Region, string, string]>([
    ['us', 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoLogin', 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoAssert?cmpID=tmes-7k3q9x2m'],
    ['eu', 'https://euc.tmes.trendmicro.eu/uiserver/euc/ssoLogin', 'https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=tmes-7k3q9x2m'],
    ['anz', 'https://euc.tmes-anz.trendmicro.com/uiserver/euc/ssoLogin', 'https://euc.tmes-anz.trendmicro.com/uiserver/euc/ssoAssert?cmpID=tmes-7k3q9x2m'],
    ['jp', 'https://euc.tmems-jp.trendmicro.com/uiserver/euc/ssoLogin', 'https://euc.tmems-jp.trendmicro.com/uiserver/euc/ssoAssert?cmpID=tmes-7k3q9x2m'],
    ['sg', 'https://euc.tmes-sg.trendmicro.com/uiserver/euc/ssoLogin', 'https://euc.tmes-sg.trendmicro.com/uiserver/euc/ssoAssert?cmpID=tmes-7k3q9x2m'],
    ['in', 'https://euc.tmes-in.trendmicro.com/uiserver/euc/ssoLogin', 'https://euc.tmes-in.trendmicro.com/uiserver/euc/ssoAssert?cmpID=tmes-7k3q9x2m'],
    ['uae', 'https://euc.tmes-uae.trendmicro.com/uiserver/euc/ssoLogin', 'https://euc.tmes-uae.trendmicro.com/uiserver/euc/ssoAssert?cmpID=tmes-7k3q9x2m'],
  ])('builds the identifier and reply URL for %s', (region, identifier, replyUrl) => {
    expect(eucIdentifier(region)).toBe(identifier);
    expect(eucReplyUrl(region, 'tmes-7k3q9x2m')).toBe(replyUrl);
  });

  it.each(['', 'a b', 'a&b=c', 'café', 'x'.repeat(65), 'id#frag'])('refuses to build a reply URL for the invalid unique identifier %j', (cmpId) => {
    expect(isValidCmpId(cmpId)).toBe(false);
    expect(() => eucReplyUrl('us', cmpId)).toThrow(RangeError);
  });
});

describe('regionByCode', () => {
  it.each([
    ['us', 'us'],
    ['EU', 'eu'],
    ['Anz', 'anz'],
    ['uAe', 'uae'],
    ['IN', 'in'],
  ])('reads %j as %j', (code, region) => {
    expect(regionByCode(code)).toBe(region);
  });

  it.each(['', ' eu', 'eu ', 'europe', 'tmes.trendmicro.eu', 'constructor', '__proto__', 'toString', 'u s'])('ignores %j', (code) => {
    expect(regionByCode(code)).toBeUndefined();
  });
});

describe('parseEucUrls', () => {
  it.each(REGIONS.map((region) => region.code))('recognises what was built for %s', (region) => {
    expect(parseEucUrls(eucIdentifier(region), eucReplyUrl(region, 'Contoso_EUC-01'))).toEqual({
      region,
      cmpId: 'Contoso_EUC-01',
    });
  });

  it('reads a hand-typed pair that matches exactly', () => {
    expect(parseEucUrls('https://euc.tmes.trendmicro.eu/uiserver/euc/ssoLogin', 'https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=acme42')).toEqual({
      region: 'eu',
      cmpId: 'acme42',
    });
  });

  it.each([
    [
      'identifier of one region, reply URL of another',
      'https://euc.tmes.trendmicro.com/uiserver/euc/ssoLogin',
      'https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert?cmpID=acme42',
    ],
    [
      'trailing slash on the identifier',
      'https://euc.tmes.trendmicro.com/uiserver/euc/ssoLogin/',
      'https://euc.tmes.trendmicro.com/uiserver/euc/ssoAssert?cmpID=acme42',
    ],
    ['http instead of https', 'http://euc.tmes.trendmicro.com/uiserver/euc/ssoLogin', 'http://euc.tmes.trendmicro.com/uiserver/euc/ssoAssert?cmpID=acme42'],
    ['host in upper case', 'https://EUC.TMES.TRENDMICRO.COM/uiserver/euc/ssoLogin', 'https://EUC.TMES.TRENDMICRO.COM/uiserver/euc/ssoAssert?cmpID=acme42'],
    [
      'parameter name in another case',
      'https://euc.tmes.trendmicro.com/uiserver/euc/ssoLogin',
      'https://euc.tmes.trendmicro.com/uiserver/euc/ssoAssert?cmpid=acme42',
    ],
    ['an extra parameter', 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoLogin', 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoAssert?cmpID=acme42&x=1'],
    ['an empty unique identifier', 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoLogin', 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoAssert?cmpID='],
    ['an encoded space', 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoLogin', 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoAssert?cmpID=acme%2042'],
    ['a fragment', 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoLogin', 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoAssert?cmpID=acme42#top'],
    ['the login URL as reply URL', 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoLogin', 'https://euc.tmes.trendmicro.com/uiserver/euc/ssoLogin'],
    ['an unknown region', 'https://euc.tmes-us.trendmicro.com/uiserver/euc/ssoLogin', 'https://euc.tmes-us.trendmicro.com/uiserver/euc/ssoAssert?cmpID=acme42'],
    [
      'a lookalike host',
      'https://euc.tmes.trendmicro.com.evil.example/uiserver/euc/ssoLogin',
      'https://euc.tmes.trendmicro.com.evil.example/uiserver/euc/ssoAssert?cmpID=acme42',
    ],
    ['empty strings', '', ''],
  ])('rejects %s', (_case, identifier, replyUrl) => {
    expect(parseEucUrls(identifier, replyUrl)).toBeNull();
  });
});

describe('cmpIdOf', () => {
  it('reads cmpID from any reply URL, and nothing from one without it or that does not parse', () => {
    expect(cmpIdOf(eucReplyUrl('uae', 'contoso-uae'))).toBe('contoso-uae');
    expect(cmpIdOf('https://elsewhere.example/acs?x=1&cmpID=abc')).toBe('abc');
    expect(cmpIdOf('https://euc.tmes.trendmicro.eu/uiserver/euc/ssoAssert')).toBeUndefined();
    expect(cmpIdOf('not a url')).toBeUndefined();
  });
});
