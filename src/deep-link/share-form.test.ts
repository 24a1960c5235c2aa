import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, loadLanguage } from '../i18n/i18n';
import { translate } from '../i18n/translate';
import { buildDeepLink, parseDeepLink } from '../setup/deep-link';
import { EMPTY_SHARE_FORM, shareFormFromPresets, shareLinkValues, type ShareForm, type ShareLinkValues } from './share-form';

const form = (changes: Partial<ShareForm>): ShareForm => ({ ...EMPTY_SHARE_FORM, ...changes });

/** The form's errors as the page words them in English. */
function english(errors: ShareLinkValues['errors']): Record<string, string> {
  const t = i18n.getFixedT('en');
  return Object.fromEntries(Object.entries(errors).map(([field, ref]) => [field, translate(t, ref)]));
}

describe('shareLinkValues', () => {
  beforeAll(() => loadLanguage('en'));

  it('presets nothing from an empty form', () => {
    expect(shareLinkValues(EMPTY_SHARE_FORM)).toEqual({ values: {}, errors: {} });
  });

  it('turns every field into a link that opens with the same presets', () => {
    const filled = form({
      region: 'eu',
      cmpId: 'contoso-1',
      appName: 'Contoso EUC',
      tenant: 'contoso.onmicrosoft.com',
      identityKind: 'custom',
      identityName: 'euc_mail',
      identitySource: 'userprincipalname',
      groupKind: 'custom',
      groupName: 'euc_group',
      notify: 'a@contoso.com, b@contoso.com',
    });
    const { values, errors } = shareLinkValues(filled);
    expect(errors).toEqual({});
    const presets = parseDeepLink(new URL(buildDeepLink('https://wizard.example/', values)).search);
    expect(presets.problems).toEqual([]);
    expect(presets.tenant).toBe('contoso.onmicrosoft.com');
    expect(presets.answers).toEqual({
      region: 'eu',
      cmpId: 'contoso-1',
      appName: 'Contoso EUC',
      identityClaim: { kind: 'custom', name: 'euc_mail', sourceAttribute: 'userprincipalname' },
      groupClaim: { kind: 'custom-name', name: 'euc_group', groups: 'SecurityGroup' },
      notificationEmails: ['a@contoso.com', 'b@contoso.com'],
    });
    expect(shareFormFromPresets(presets)).toEqual(filled);
  });

  it('gives each bad field the form’s own message, and leaves it out of the link', () => {
    const { values, errors } = shareLinkValues(
      form({ region: 'eu', cmpId: 'bad id', appName: ' padded', tenant: 'not a tenant', notify: 'bob@', identityKind: 'custom', groupKind: 'custom' }),
    );
    expect(values).toEqual({ region: 'eu' });
    expect(english(errors)).toEqual({
      cmpId: 'A space is not allowed: use letters, digits, - and _.',
      appName: 'Remove the space at the start or end of the name.',
      tenant: expect.stringMatching(/neither a directory ID/),
      notify: "'bob@' is not a valid e-mail address.",
      identityName: 'Enter the claim name.',
      groupName: 'Enter the claim name.',
    });
  });

  it('refuses group claim names that a link would read as keywords, or that repeat the identity claim', () => {
    expect(english(shareLinkValues(form({ groupKind: 'custom', groupName: 'Default' })).errors).groupName).toMatch(/keywords/);
    const same = shareLinkValues(form({ identityKind: 'custom', identityName: 'euc', groupKind: 'custom', groupName: 'EUC' }));
    expect(english(same.errors).groupName).toMatch(/different name from the identity claim/);
    expect(same.values.groupClaim).toBeUndefined();
  });

  it('writes the keyword claims as keywords', () => {
    expect(shareLinkValues(form({ identityKind: 'default', groupKind: 'none' })).values).toEqual({ claim: 'default', groupClaim: 'none' });
    expect(shareLinkValues(form({ groupKind: 'default' })).values).toEqual({ groupClaim: 'default' });
  });
});
