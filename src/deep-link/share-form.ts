// The share page's form → the link's values, through the same rules the wizard applies when the
// link is opened (parsePresetValue), so a link it offers always opens with every value preset.
import { parsePresetValue, type DeepLinkParameter, type DeepLinkPresets } from '../setup/deep-link';
import type { Region, UserSourceAttribute } from '../setup/types';
import type { MessageRef } from '../setup/message-ref';

export interface ShareForm {
  region: Region | '';
  cmpId: string;
  appName: string;
  tenant: string;
  identityKind: '' | 'default' | 'custom';
  identityName: string;
  identitySource: UserSourceAttribute;
  groupKind: '' | 'none' | 'default' | 'custom';
  groupName: string;
  notify: string;
}

export type ShareField = 'region' | 'cmpId' | 'appName' | 'tenant' | 'identityName' | 'groupName' | 'notify';

export const EMPTY_SHARE_FORM: ShareForm = {
  region: '',
  cmpId: '',
  appName: '',
  tenant: '',
  identityKind: '',
  identityName: '',
  identitySource: 'mail',
  groupKind: '',
  groupName: '',
  notify: '',
};

export interface ShareLinkValues {
  values: Partial<Record<DeepLinkParameter, string>>;
  /** Each bad field's error, for the page to word in the admin's language. */
  errors: Partial<Record<ShareField, MessageRef>>;
}

// The wizard's own rule for an empty claim name; the keyword rule is the share form's alone.
const CLAIM_NAME_REQUIRED: MessageRef = { key: 'validation.claimNameRequired' };
const GROUP_NAME_KEYWORD: MessageRef = { key: 'deepLink.groupNameKeyword' };

/** Empty fields are not preset; every other one must pass, or it gets its error. */
export function shareLinkValues(form: ShareForm): ShareLinkValues {
  const values: ShareLinkValues['values'] = {};
  const errors: ShareLinkValues['errors'] = {};
  const fail = (field: ShareField, error: MessageRef) => {
    errors[field] = error;
  };
  const check = (parameter: DeepLinkParameter, field: ShareField, text: string) => {
    const result = parsePresetValue(parameter, text);
    if (result.ok) values[parameter] = text;
    else fail(field, result.reason);
  };

  if (form.region !== '') check('region', 'region', form.region);
  if (form.cmpId !== '') check('cmpId', 'cmpId', form.cmpId);
  if (form.appName !== '') check('appName', 'appName', form.appName);
  if (form.tenant !== '') check('tenant', 'tenant', form.tenant);

  if (form.identityKind === 'default') values.claim = 'default';
  if (form.identityKind === 'custom') {
    if (form.identityName === '') fail('identityName', CLAIM_NAME_REQUIRED);
    // The attribute is always written, so a name that ends in ":mail" reads back whole.
    else check('claim', 'identityName', `${form.identityName}:${form.identitySource}`);
  }

  if (form.groupKind === 'none' || form.groupKind === 'default') values.groupClaim = form.groupKind;
  if (form.groupKind === 'custom') {
    if (form.groupName === '') fail('groupName', CLAIM_NAME_REQUIRED);
    else if (['none', 'default'].includes(form.groupName.toLowerCase())) fail('groupName', GROUP_NAME_KEYWORD);
    else check('groupClaim', 'groupName', form.groupName);
  }
  if (
    errors.groupName === undefined &&
    form.identityKind === 'custom' &&
    form.groupKind === 'custom' &&
    form.identityName !== '' &&
    form.identityName.toLowerCase() === form.groupName.toLowerCase()
  ) {
    delete values.groupClaim;
    fail('groupName', { key: 'validation.groupClaimSameAsIdentityClaim' });
  }

  if (form.notify.trim() !== '') {
    const result = parsePresetValue('notify', form.notify);
    if (result.ok) values.notify = result.value.join(',');
    else fail('notify', result.reason);
  }
  return { values, errors };
}

/** A share form filled from a link's presets (the share page opened as `?share=1&region=eu…`). */
export function shareFormFromPresets({ answers, tenant }: DeepLinkPresets): ShareForm {
  const form: ShareForm = { ...EMPTY_SHARE_FORM };
  if (answers.region) form.region = answers.region;
  if (answers.cmpId !== undefined) form.cmpId = answers.cmpId;
  if (answers.appName !== undefined) form.appName = answers.appName;
  if (tenant !== undefined) form.tenant = tenant;
  if (answers.identityClaim?.kind === 'default') form.identityKind = 'default';
  if (answers.identityClaim?.kind === 'custom') {
    form.identityKind = 'custom';
    form.identityName = answers.identityClaim.name;
    form.identitySource = answers.identityClaim.sourceAttribute;
  }
  if (answers.groupClaim?.kind === 'none') form.groupKind = 'none';
  if (answers.groupClaim?.kind === 'default-name') form.groupKind = 'default';
  if (answers.groupClaim?.kind === 'custom-name') {
    form.groupKind = 'custom';
    form.groupName = answers.groupClaim.name;
  }
  if (answers.notificationEmails) form.notify = answers.notificationEmails.join(', ');
  return form;
}
