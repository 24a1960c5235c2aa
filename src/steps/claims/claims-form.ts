// The claims form is flat (radio + text fields, as the admin sees it); the answers are unions.
// These two functions translate, and the resolver puts the schema's messages on the flat fields.
import { claimsStepSchema } from '../../setup/answers-schema';
import { mappedResolver } from '../../ui/form-resolvers';
import type { GroupClaim, GroupScope, IdentityClaim, UserSourceAttribute } from '../../setup/types';

export interface ClaimsForm {
  identityKind: 'default' | 'custom';
  identityName: string;
  identitySource: UserSourceAttribute | '';
  groupKind: GroupClaim['kind'];
  groupName: string;
  groupScope: GroupScope;
}

export function toClaimsForm(identityClaim?: IdentityClaim, groupClaim?: GroupClaim): ClaimsForm {
  return {
    identityKind: identityClaim?.kind ?? 'default',
    identityName: identityClaim?.kind === 'custom' ? identityClaim.name : '',
    identitySource: identityClaim?.kind === 'custom' ? identityClaim.sourceAttribute : 'mail',
    groupKind: groupClaim?.kind ?? 'none',
    groupName: groupClaim?.kind === 'custom-name' ? groupClaim.name : 'euc_group',
    groupScope: groupClaim && groupClaim.kind !== 'none' ? groupClaim.groups : 'SecurityGroup',
  };
}

export function fromClaimsForm(form: ClaimsForm): { identityClaim: unknown; groupClaim: unknown } {
  const identityClaim =
    form.identityKind === 'custom' ? { kind: 'custom', name: form.identityName, sourceAttribute: form.identitySource } : { kind: 'default' };
  const groupClaim =
    form.groupKind === 'none'
      ? { kind: 'none' }
      : form.groupKind === 'default-name'
        ? { kind: 'default-name', groups: form.groupScope }
        : { kind: 'custom-name', name: form.groupName, groups: form.groupScope };
  return { identityClaim, groupClaim };
}

const FIELD_OF_PATH: Record<string, keyof ClaimsForm> = {
  'identityClaim.name': 'identityName',
  'identityClaim.sourceAttribute': 'identitySource',
  identityClaim: 'identityKind',
  'groupClaim.name': 'groupName',
  'groupClaim.groups': 'groupScope',
  groupClaim: 'groupKind',
};

export const claimsFormResolver = mappedResolver<ClaimsForm>(
  claimsStepSchema,
  fromClaimsForm,
  (path) => FIELD_OF_PATH[path.join('.')] ?? FIELD_OF_PATH[String(path[0])],
);
