import { Hono } from 'hono';
import type { SandboxEnv } from '../../http/request-variables.js';
import type { Sandbox } from '../../world/sandbox.js';

/**
 * OIDC discovery (`/.well-known/openid-configuration`) and the id-token keys
 * (`/.well-known/jwks.json`), where `jose`'s `createRemoteJWKSet` and every OIDC library look.
 * The issuer is the base URL the request reached, the same one `POST /v3/oauth/token` writes
 * into `iss` for a client that calls both at one address.
 */
export function wellKnownRoutes({ oauth }: Sandbox): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();
  const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
  routes.get('/openid-configuration', (c) => {
    const issuer = new URL(c.req.url).origin;
    return c.json(
      {
        issuer,
        authorization_endpoint: `${issuer}/oauth/authorize`,
        token_endpoint: `${issuer}/v3/oauth/token`,
        jwks_uri: `${issuer}/.well-known/jwks.json`,
        response_types_supported: ['code'],
        grant_types_supported: ['authorization_code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['ES256'],
        token_endpoint_auth_methods_supported: ['bearer_api_key'],
        claims_supported: ['iss', 'aud', 'sub', 'iat', 'exp', 'email', 'given_name', 'family_name', 'name', 'org_ids'],
      },
      200,
      headers,
    );
  });
  routes.get('/jwks.json', (c) => c.json({ keys: oauth.publishedKeys() }, 200, headers));
  return routes;
}
