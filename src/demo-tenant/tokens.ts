// Demo access tokens: unsigned JWTs (`base64url(header).base64url(payload).`) whose payload is
// DemoAccessTokenClaims. Pure functions, the same in browsers and Node.

import type { DemoAccessTokenClaims } from './contract';
import { base64UrlToUtf8, utf8ToBase64Url } from './encoding';

/** Every delegated scope the wizard asks for (docs/graph/identities-scopes-roles.md#identities-scopes-and-roles), plus sign-in basics. */
export const DEMO_WIZARD_SCOPES = [
  'openid',
  'profile',
  'User.Read',
  'Application.ReadWrite.All',
  'AppRoleAssignment.ReadWrite.All',
  'Application.Read.All',
  'Policy.ReadWrite.ApplicationConfiguration',
  'Policy.Read.All',
  'User.ReadBasic.All',
  'GroupMember.Read.All',
] as const;

export function makeDemoAccessToken(claims: DemoAccessTokenClaims): string {
  const header = { typ: 'JWT', alg: 'none' };
  return `${utf8ToBase64Url(JSON.stringify(header))}.${utf8ToBase64Url(JSON.stringify(claims))}.`;
}

/** The claims of a demo token, or null when the text is not a well-formed demo token. */
export function readDemoAccessToken(token: string): DemoAccessTokenClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[0] || !parts[1]) return null;
  const payloadText = base64UrlToUtf8(parts[1]);
  if (payloadText === null) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(payloadText);
  } catch {
    return null;
  }
  return isDemoAccessTokenClaims(payload) ? payload : null;
}

function isDemoAccessTokenClaims(value: unknown): value is DemoAccessTokenClaims {
  if (typeof value !== 'object' || value === null) return false;
  const claims = value as Record<string, unknown>;
  return (
    typeof claims.tid === 'string' &&
    typeof claims.oid === 'string' &&
    typeof claims.scp === 'string' &&
    typeof claims.exp === 'number' &&
    (claims.name === undefined || typeof claims.name === 'string') &&
    (claims.preferred_username === undefined || typeof claims.preferred_username === 'string')
  );
}

export interface DemoTokenRequest {
  tenantId: string;
  userOid: string;
  scopes: readonly string[];
  /** Tenant clock now, in ms. */
  nowMs: number;
  lifetimeSeconds?: number;
  name?: string;
  preferredUsername?: string;
}

/** A signed-in account as the app's session holds it. */
interface TokenAccount {
  name: string;
  username: string;
  tenantId: string;
  objectId: string;
}

/** The demo session's token for `account` (the demo sign-in and component tests' sessions). */
export function issueAccountToken(account: TokenAccount, scopes: readonly string[], nowMs: number): string {
  return issueDemoAccessToken({
    tenantId: account.tenantId,
    userOid: account.objectId,
    scopes,
    nowMs,
    name: account.name,
    preferredUsername: account.username,
  });
}

/** Convenience for tests and the demo session: a token valid for an hour from `nowMs`. */
export function issueDemoAccessToken(request: DemoTokenRequest): string {
  const claims: DemoAccessTokenClaims = {
    tid: request.tenantId,
    oid: request.userOid,
    scp: request.scopes.join(' '),
    exp: Math.floor(request.nowMs / 1000) + (request.lifetimeSeconds ?? 3600),
  };
  if (request.name !== undefined) claims.name = request.name;
  if (request.preferredUsername !== undefined) claims.preferred_username = request.preferredUsername;
  return makeDemoAccessToken(claims);
}
