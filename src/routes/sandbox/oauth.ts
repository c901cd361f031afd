import { apiError } from '../../contract/api-error.js';
import type { AdminHandlers } from '../../http/admin-operation.js';
import { appByClientId } from '../../world/oauth.js';
import { isRegisteredRedirectUri, withQueryParams } from '../../world/redirect-uris.js';

/** Default grace period of a rotated signing key, as the document says. */
const DEFAULT_GRACE_SECONDS = 3600;

/**
 * `/_sandbox/oauth`: Sign in with Max AI without a browser. The consent does what the page's
 * Allow does, with the same checks; the faults and the key rotation let a backend's token checks
 * be tested.
 */
export const oauthAdminHandlers = {
  sandboxOAuthConsent({ c, body }, { world, oauth }) {
    const app = appByClientId(world, body.clientId);
    if (app === undefined) throw apiError('oauth_consent_invalid', `No app has the client_id '${body.clientId}'`);
    if (body.redirectUri.includes('#') || !isRegisteredRedirectUri(app.redirectUris ?? [], body.redirectUri)) {
      throw apiError('oauth_consent_invalid', `'${body.redirectUri}' is not a redirect URI ${app.slug} registered`);
    }
    const code = oauth.grant(world, {
      app,
      redirectUri: body.redirectUri,
      userId: body.userId,
      organizationIds: body.organizationIds,
      ...(body.codeLifetimeSeconds === undefined ? {} : { codeLifetimeSeconds: body.codeLifetimeSeconds }),
      ...(body.idTokenFaults === undefined ? {} : { idTokenFaults: body.idTokenFaults }),
    });
    return c.json({ code, redirectUrl: withQueryParams(body.redirectUri, { code, state: body.state ?? null }) });
  },

  sandboxRotateSigningKey({ c, body }, { oauth }) {
    return c.json(oauth.rotateSigningKey(body?.graceSeconds ?? DEFAULT_GRACE_SECONDS));
  },

  sandboxSignIns({ c }, { oauth }) {
    return c.json({ signIns: oauth.recentSignIns() });
  },
} satisfies Pick<AdminHandlers, 'sandboxOAuthConsent' | 'sandboxRotateSigningKey' | 'sandboxSignIns'>;
