import type { Context } from 'hono';
import { Hono } from 'hono';
import { ApiError, apiError } from '../contract/api-error.js';
import type { SandboxEnv } from '../http/request-variables.js';
import { appByClientId, authorizableOrganizations, findStaffMember } from '../world/oauth.js';
import { isRegisteredRedirectUri, withQueryParams } from '../world/redirect-uris.js';
import type { Sandbox } from '../world/sandbox.js';
import type { App } from '../world/world.js';
import { consentPage, errorPage } from './authorize-view.js';
import { htmlResponse } from './html.js';

/** Where the page lives: beside the API, as the real one is (`/oauth/authorize`). */
export const AUTHORIZE_PATH = '/oauth/authorize';
/** The longest `client_id`, `redirect_uri` or `state` taken: longer is an error page, not a 500 or a huge URL. */
const PARAMETER_LIMIT = 2048;
/** The largest consent form taken (a real one is well under 1 KiB): a bigger body is refused before it is read. */
const FORM_LIMIT_BYTES = 64 * 1024;

/** A validated authorization request. */
interface AuthorizationRequest {
  app: App;
  redirectUri: string;
  state: string | null;
}

/** The one value of a query parameter: null when absent; an error page when repeated or too long. */
function single(query: URLSearchParams, name: string): string | null {
  const values = query.getAll(name);
  if (values.length > 1) throw apiError('oauth_invalid_authorize_request', `'${name}' must be given once`);
  const value = values[0];
  if (value !== undefined && value.length > PARAMETER_LIMIT) {
    throw apiError('oauth_invalid_authorize_request', `'${name}' must be at most ${PARAMETER_LIMIT} characters`);
  }
  return value === undefined || value === '' ? null : value;
}

/**
 * Checks an authorization request. Every problem is an error page, never a redirect: RFC 6749
 * 4.1.2.1 forbids redirecting for a bad client or redirect URI, and the sandbox, to stay simple
 * and loud while an app is being built, shows the other problems too (documented).
 */
function readAuthorizationRequest(query: URLSearchParams, sandbox: Sandbox): AuthorizationRequest {
  const clientId = single(query, 'client_id');
  if (clientId === null) throw apiError('oauth_invalid_authorize_request', "'client_id' is required (the app's slug)");
  const app = appByClientId(sandbox.world, clientId);
  if (app === undefined) throw apiError('oauth_unknown_client', clientId);
  let redirectUri: string | null;
  try {
    redirectUri = single(query, 'redirect_uri');
  } catch (error) {
    throw apiError('oauth_redirect_uri_not_registered', (error as Error).message);
  }
  if (redirectUri === null) throw apiError('oauth_redirect_uri_not_registered', "'redirect_uri' is required");
  if (redirectUri.includes('#')) {
    throw apiError('oauth_redirect_uri_not_registered', "'redirect_uri' must not have a fragment (RFC 6749 3.1.2)");
  }
  if (!isRegisteredRedirectUri(app.redirectUris ?? [], redirectUri)) {
    throw apiError(
      'oauth_redirect_uri_not_registered',
      `'${redirectUri}' is not a redirect URI of ${app.slug}; registered: ${(app.redirectUris ?? []).join(', ') || 'none'}`,
    );
  }
  const responseType = single(query, 'response_type');
  if (responseType !== null && responseType !== 'code') {
    throw apiError('oauth_invalid_authorize_request', `'response_type' must be code, not '${responseType}'`);
  }
  return { app, redirectUri, state: single(query, 'state') };
}

/** The consent page for a checked request, with a fresh single-use form token. */
function showConsent(sandbox: Sandbox, request: AuthorizationRequest, problem?: string): Response {
  const { world, oauth } = sandbox;
  const clinics = world
    .installations()
    .filter((installation) => installation.appId === request.app.id)
    .flatMap((installation) => {
      const organization = world.organizations.get(installation.organizationId);
      if (organization === undefined) return [];
      const staff = world.clinicData(organization).staffUsers.items;
      return [{ organization, grantedScopes: installation.grantedScopes, staff }];
    });
  const formToken = oauth.openConsentPage({ appId: request.app.id, redirectUri: request.redirectUri, state: request.state });
  return htmlResponse(consentPage({ ...request, formToken, clinics, ...(problem === undefined ? {} : { problem }) }));
}

/** Whether a form POST comes from another site (a page elsewhere posting into the sandbox: CSRF). */
function crossSite(c: Context<SandboxEnv>): boolean {
  const site = c.req.header('Sec-Fetch-Site');
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = c.req.header('Origin');
  if (origin === undefined || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== new URL(c.req.url).host;
  } catch {
    return true;
  }
}

/** The one value of a form field (the last when repeated, as a browser never repeats these). */
const field = (form: Record<string, string | File | (string | File)[]>, name: string): string[] => {
  const value = form[name];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((item): item is string => typeof item === 'string');
};

/**
 * `GET /oauth/authorize` shows the sign-in and consent page; its form posts back to
 * `POST /oauth/authorize`, which answers 303 to the app's `redirect_uri` with `code` and `state`
 * (Allow) or `error=access_denied` and `state` (Deny). Both are recorded in the journal with their
 * reason and on the console's recent sign-ins.
 */
export function authorizeRoutes(sandbox: Sandbox): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();
  const { oauth, world } = sandbox;

  /** Answers, and records the answer in the journal: an error page carries its reason. */
  const journaled = (c: Context<SandboxEnv>, answer: () => Response | Promise<Response>) => async () => {
    const started = performance.now();
    let response: Response;
    let reason: ApiError['reason'] | null = null;
    try {
      response = await answer();
      // A consent refused on a fresh page carries its reason without having thrown it.
      reason = (response.headers.get('X-Sandbox-Reason') as ApiError['reason'] | null) ?? null;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      reason = error.reason;
      response = htmlResponse(errorPage(error.message), error.status, { 'X-Sandbox-Reason': error.reason });
    }
    sandbox.journal.record({
      atMs: sandbox.clock.now(),
      method: c.req.method,
      url: c.req.url,
      status: response.status,
      reason,
      keyId: null,
      organizationId: null,
      traceId: null,
      faultId: null,
      warning: null,
      durationMs: performance.now() - started,
    });
    return response;
  };

  routes.get('/', (c) =>
    journaled(c, () => showConsent(sandbox, readAuthorizationRequest(new URL(c.req.url).searchParams, sandbox)))(),
  );

  routes.post('/', (c) =>
    journaled(c, async () => {
      if (crossSite(c)) throw apiError('oauth_form_token_invalid');
      const length = c.req.header('Content-Length');
      // A browser's form always states its length; a body without one (chunked) is no consent form.
      if (
        length === undefined
          ? c.req.raw.body !== null && c.req.header('Transfer-Encoding') !== undefined
          : Number(length) > FORM_LIMIT_BYTES
      ) {
        throw apiError(
          'oauth_invalid_authorize_request',
          `The consent form must be at most ${FORM_LIMIT_BYTES} bytes with a Content-Length`,
        );
      }
      const form = await c.req.parseBody({ all: true });
      const pending = oauth.takeConsentPage(field(form, 'form_token').at(-1) ?? '');
      const app = pending === undefined ? undefined : world.apps.get(pending.appId);
      if (pending === undefined || app === undefined) throw apiError('oauth_form_token_invalid');
      const request = { app, redirectUri: pending.redirectUri, state: pending.state };
      if (field(form, 'decision').at(-1) !== 'allow') {
        oauth.note({ clientId: app.slug, userId: field(form, 'user_id').at(-1) ?? null, outcome: 'denied', reason: null });
        return c.redirect(withQueryParams(request.redirectUri, { error: 'access_denied', state: request.state }), 303);
      }
      const userId = field(form, 'user_id').at(-1) ?? '';
      let organizationIds = field(form, 'organization_id');
      // A user of one clinic who left the boxes as they were: only their own clinic is meant.
      const member = findStaffMember(world, userId);
      if (member !== undefined && organizationIds.length > 1) {
        const own = authorizableOrganizations(world, member, app).map((organization) => organization.id);
        organizationIds = organizationIds.filter((id) => own.includes(id));
      }
      try {
        const code = oauth.grant(world, { app, redirectUri: request.redirectUri, userId, organizationIds });
        return c.redirect(withQueryParams(request.redirectUri, { code, state: request.state }), 303);
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'oauth_consent_invalid') {
          const again = showConsent(sandbox, request, error.message);
          return new Response(again.body, {
            status: 400,
            headers: { ...Object.fromEntries(again.headers), 'X-Sandbox-Reason': error.reason },
          });
        }
        throw error;
      }
    })(),
  );
  return routes;
}
