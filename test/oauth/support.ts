import { CLINICS } from '../../src/testing/well-known.js';
import type { Sandbox } from '../../src/world/sandbox.js';
import type { TestSandbox } from '../support/sandbox.js';

export const DEMO_APP = 'sandbox-demo-app';
export const REDIRECT_URI = 'http://localhost:5173/callback';

/** A staff user of a clinic, from the world (never a hard-coded id). */
export function staffUser(sandbox: Sandbox, clinicId: string = CLINICS.sunrise.id, role?: string) {
  const organization = sandbox.world.organizations.get(clinicId)!;
  const users = sandbox.world.clinicData(organization).staffUsers.items;
  return role === undefined ? users[0]! : users.find((user) => user.role === role)!;
}

/** A code from the headless consent, as a test suite gets one. */
export async function consentCode(
  { request, sandbox }: Pick<TestSandbox, 'request' | 'sandbox'>,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const response = await request('/_sandbox/oauth/consent', {
    method: 'POST',
    body: {
      clientId: DEMO_APP,
      redirectUri: REDIRECT_URI,
      state: 'xyz',
      userId: staffUser(sandbox).id,
      organizationIds: [CLINICS.sunrise.id],
      ...extra,
    },
  });
  if (response.status !== 200) throw new Error(response.text);
  return response.body.code;
}

/** The token exchange's JSON body. */
export const tokenBody = (code: string, redirectUri: string = REDIRECT_URI) => ({
  grant_type: 'authorization_code',
  code,
  redirect_uri: redirectUri,
});
