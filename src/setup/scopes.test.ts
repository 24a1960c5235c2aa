import { describe, expect, it } from 'vitest';
import { notGranted } from './scopes';

describe('notGranted: scopes a token response left out', () => {
  it('names the requested scopes the response did not grant', () => {
    expect(notGranted(['Application.ReadWrite.All', 'Policy.Read.All'], ['openid', 'profile', 'Policy.Read.All'])).toEqual(['Application.ReadWrite.All']);
  });

  it("compares Graph's short and full names, ignoring case", () => {
    expect(notGranted(['Application.ReadWrite.All'], ['https://graph.microsoft.com/application.readwrite.all'])).toEqual([]);
    expect(notGranted(['https://graph.microsoft.com/User.Read'], ['user.read'])).toEqual([]);
  });

  it('is empty when everything was granted, and everything when nothing was', () => {
    expect(notGranted(['User.Read'], ['User.Read', 'openid'])).toEqual([]);
    expect(notGranted(['User.Read', 'GroupMember.Read.All'], [])).toEqual(['User.Read', 'GroupMember.Read.All']);
  });
});
