import { type ApiError, apiError } from '../../contract/api-error.js';
import { prefixedOrganizationId } from '../../contract/ids.js';
import { facilityAddress } from '../../data/facility-address.js';
import type { V3Handlers } from '../../http/operation.js';
import { ID_TOKEN_LIFETIME_SECONDS, type RedeemedCode } from '../../world/oauth.js';
import type { Sandbox } from '../../world/sandbox.js';
import { signJwt } from '../../world/signing-key.js';
import type { App, Organization } from '../../world/world.js';

/** A clinic id in the `org_` form the token response uses (api-model A1). */
const orgPrefixed = (organization: Organization) => prefixedOrganizationId(organization.id);

/** The role a staff role gives in the token response: the office manager administers the clinic. */
const roleOf = (staffRole: string) => (staffRole === 'office_manager' ? 'admin' : 'member');

/** The id token's claims (sandbox decisions, see the document's OAuth tag), with the faults asked for. */
function idTokenClaims(sandbox: Sandbox, issuer: string, app: App, { member, organizations, idTokenFaults }: RedeemedCode) {
  const now = Math.floor(sandbox.clock.now() / 1000);
  // An expired token was issued long enough ago that it expired a minute before now.
  const issuedAt = idTokenFaults.expired ? now - ID_TOKEN_LIFETIME_SECONDS - 60 : now;
  const { user } = member;
  return {
    iss: issuer,
    aud: idTokenFaults.audience ?? app.slug,
    sub: user.id,
    iat: issuedAt,
    exp: issuedAt + ID_TOKEN_LIFETIME_SECONDS,
    email: user.email,
    given_name: user.firstName,
    family_name: user.lastName,
    name: `${user.firstName} ${user.lastName}`,
    org_ids: organizations.map(orgPrefixed),
  };
}

export const oauthHandlers = {
  /**
   * `POST /v3/oauth/token`: the code of a consent, exchanged once by the app it was issued to, for
   * the user, the clinics they chose and a signed id token.
   */
  oauthToken({ app, body, origin }, sandbox) {
    const { oauth, world } = sandbox;
    let redeemed: RedeemedCode;
    try {
      if (body.grant_type !== 'authorization_code') throw apiError('oauth_unsupported_grant_type');
      redeemed = oauth.redeem(world, body.code, app, body.redirect_uri);
    } catch (error) {
      oauth.note({ clientId: app.slug, userId: null, outcome: 'token_refused', reason: (error as ApiError).reason });
      throw error;
    }
    const { member, organizations, idTokenFaults } = redeemed;
    const claims = idTokenClaims(sandbox, origin ?? '', app, redeemed);
    const idToken = signJwt(claims, oauth.signingKey(idTokenFaults.unpublishedKey === true));
    oauth.note({ clientId: app.slug, userId: member.user.id, outcome: 'token_issued', reason: null });
    return JSON.stringify({
      id_token: idToken,
      user: {
        id: member.user.id,
        email: member.user.email,
        firstName: member.user.firstName,
        lastName: member.user.lastName,
        imageUrl: null,
      },
      authorizedOrganizations: organizations.map((organization) => ({
        id: orgPrefixed(organization),
        name: organization.name,
        facilities: world
          .clinicData(organization)
          .table('facilities')
          .items.map((facility) => ({
            id: facility.id,
            name: facility.name,
            address: facilityAddress(facility.id),
          })),
        role: roleOf(member.user.role),
      })),
    });
  },
} satisfies Pick<V3Handlers, 'oauthToken'>;
