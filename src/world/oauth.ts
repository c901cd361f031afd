import { randomBytes } from 'node:crypto';
import { apiError } from '../contract/api-error.js';
import type { StaffUser } from '../data/types.js';
import type { Clock } from './clock.js';
import { deriveSigningKey, type PublicJwk, type SigningKey } from './signing-key.js';
import type { App, Organization, World } from './world.js';

/** How long an authorization code may be exchanged: "short-lived" (api-model A7), 60 s on the virtual clock. */
export const CODE_LIFETIME_SECONDS = 60;
/** How long an id token is valid (`exp - iat`). */
export const ID_TOKEN_LIFETIME_SECONDS = 3600;
/** How long a consent page's form token stays usable. */
export const FORM_TOKEN_LIFETIME_MS = 10 * 60_000;
/** Codes and form tokens held at once: past it the oldest go, so a loop of sign-ins stays bounded. */
const HELD_LIMIT = 1000;
/** Sign-ins the console lists. */
const RECENT_SIGN_INS = 20;

/** Ways to make the next id token wrong on purpose, so a backend's checks can be tested. */
export interface IdTokenFaults {
  /** `exp` already past when the token is issued. */
  expired?: boolean;
  /** An `aud` other than the app's slug. */
  audience?: string;
  /** Signed by a key the JWKS does not publish. */
  unpublishedKey?: boolean;
}

/** What a consent grants: who signed in, for which clinics, to which app and callback. */
export interface ConsentGrant {
  app: App;
  redirectUri: string;
  userId: string;
  organizationIds: string[];
  /** Seconds until the code expires (default CODE_LIFETIME_SECONDS). */
  codeLifetimeSeconds?: number;
  idTokenFaults?: IdTokenFaults;
}

interface IssuedCode {
  appId: string;
  redirectUri: string;
  userId: string;
  organizationIds: string[];
  expiresAt: number;
  used: boolean;
  idTokenFaults: IdTokenFaults;
}

/** An authorization request a consent page was shown for: its form token binds the POST to it. */
export interface PendingAuthorization {
  appId: string;
  redirectUri: string;
  state: string | null;
  expiresAt: number;
}

/** One line of the console's recent sign-ins. */
export interface SignInEvent {
  at: string;
  clientId: string;
  userId: string | null;
  outcome: 'code_issued' | 'denied' | 'token_issued' | 'token_refused';
  reason: string | null;
}

/** A staff user and the clinic that has them on staff (one clinic each: the one whose seed made them). */
export interface StaffMember {
  user: StaffUser;
  organization: Organization;
}

/** The user a code was redeemed for, and the clinics they authorized. */
export interface RedeemedCode {
  member: StaffMember;
  organizations: Organization[];
  idTokenFaults: IdTokenFaults;
}

/** Removes the oldest entries of a map past its limit (Map order is insertion order). */
function bound<K, V>(map: Map<K, V>): void {
  for (const oldest of map.keys()) {
    if (map.size <= HELD_LIMIT) break;
    map.delete(oldest);
  }
}

/**
 * "Sign in with Max AI" state of one sandbox: pending consent pages, issued codes, the id-token
 * signing keys and the recent sign-ins. Codes are random (a code must not be guessable), the
 * signing keys derive from the world's seed (the same seed publishes the same JWKS, run after
 * run). A reset forgets codes and pages and goes back to the first signing key.
 */
export class OAuthServer {
  readonly #codes = new Map<string, IssuedCode>();
  readonly #pending = new Map<string, PendingAuthorization>();
  readonly #recent: SignInEvent[] = [];
  #generation = 1;
  #current: SigningKey;
  #previous: { key: SigningKey; publishedUntil: number } | null = null;
  readonly #unpublished: SigningKey;

  constructor(
    private readonly seed: string,
    private readonly clock: Clock,
  ) {
    this.#current = deriveSigningKey(seed, 'signing/1');
    this.#unpublished = deriveSigningKey(seed, 'unpublished');
  }

  reset(): void {
    this.#codes.clear();
    this.#pending.clear();
    this.#recent.length = 0;
    this.#generation = 1;
    this.#current = deriveSigningKey(this.seed, 'signing/1');
    this.#previous = null;
  }

  /** The key new id tokens are signed with (or, for the fault, one never published). */
  signingKey(unpublished = false): SigningKey {
    return unpublished ? this.#unpublished : this.#current;
  }

  /** The keys `/.well-known/jwks.json` publishes: the current one, and the previous during its grace period. */
  publishedKeys(): PublicJwk[] {
    const keys = [this.#current.publicJwk];
    if (this.#previous !== null && this.#previous.publishedUntil > this.clock.now()) keys.push(this.#previous.key.publicJwk);
    return keys;
  }

  /** A new signing key (the next of the seed's); the old one stays published for `graceSeconds`. */
  rotateSigningKey(graceSeconds: number): { kid: string; previousKid: string } {
    const previousKey = this.#current;
    this.#generation += 1;
    this.#current = deriveSigningKey(this.seed, `signing/${this.#generation}`);
    this.#previous = { key: previousKey, publishedUntil: this.clock.now() + graceSeconds * 1000 };
    return { kid: this.#current.kid, previousKid: previousKey.kid };
  }

  /** Remembers the authorization request a consent page shows; its token is the form's CSRF token. */
  openConsentPage(request: Omit<PendingAuthorization, 'expiresAt'>): string {
    const token = randomBytes(24).toString('base64url');
    this.#pending.set(token, { ...request, expiresAt: this.clock.now() + FORM_TOKEN_LIFETIME_MS });
    bound(this.#pending);
    return token;
  }

  /** The request a form token was issued for, used up: a form is sent once. Undefined when unknown or expired. */
  takeConsentPage(token: string): PendingAuthorization | undefined {
    const pending = this.#pending.get(token);
    this.#pending.delete(token);
    if (pending === undefined || pending.expiresAt <= this.clock.now()) return undefined;
    return pending;
  }

  /**
   * Issues a single-use code for a consent, after checking it: the user must exist and every
   * organization must be one the user is staff of and that installed the app. Throws 400
   * `oauth_consent_invalid` naming what is wrong.
   */
  grant(world: World, grant: ConsentGrant): string {
    const member = findStaffMember(world, grant.userId);
    if (member === undefined) throw apiError('oauth_consent_invalid', `No staff user has the id '${grant.userId}'`);
    if (grant.organizationIds.length === 0) throw apiError('oauth_consent_invalid', 'Choose at least one organization');
    const allowed = authorizableOrganizations(world, member, grant.app).map((organization) => organization.id);
    for (const id of grant.organizationIds) {
      if (!allowed.includes(id.toLowerCase())) {
        throw apiError(
          'oauth_consent_invalid',
          `The user cannot authorize organization '${id}': only ${allowed.length === 0 ? 'none' : allowed.join(', ')} (their clinic, with ${grant.app.slug} installed)`,
        );
      }
    }
    const code = randomBytes(32).toString('base64url');
    const lifetime = grant.codeLifetimeSeconds ?? CODE_LIFETIME_SECONDS;
    this.#codes.set(code, {
      appId: grant.app.id,
      redirectUri: grant.redirectUri,
      userId: member.user.id,
      organizationIds: [...new Set(grant.organizationIds.map((id) => id.toLowerCase()))],
      expiresAt: this.clock.now() + lifetime * 1000,
      used: false,
      idTokenFaults: { ...grant.idTokenFaults },
    });
    bound(this.#codes);
    this.note({ clientId: grant.app.slug, userId: member.user.id, outcome: 'code_issued', reason: null });
    return code;
  }

  /**
   * The sign-in a code stands for, used up. Checks, in order: known (`oauth_code_unknown`),
   * not used before (`oauth_code_reused`), issued to this app (`oauth_code_other_client`), not
   * expired (`oauth_code_expired`), same redirect URI (`oauth_redirect_uri_mismatch`). A code
   * presented by another app is not used up by it; any other refusal after the first is final.
   */
  redeem(world: World, code: string, app: App, redirectUri: string): RedeemedCode {
    const issued = this.#codes.get(code);
    if (issued === undefined) throw apiError('oauth_code_unknown');
    if (issued.used) throw apiError('oauth_code_reused');
    if (issued.appId !== app.id) throw apiError('oauth_code_other_client');
    issued.used = true;
    if (issued.expiresAt <= this.clock.now()) throw apiError('oauth_code_expired');
    if (issued.redirectUri !== redirectUri) throw apiError('oauth_redirect_uri_mismatch');
    const member = findStaffMember(world, issued.userId);
    // The user's clinic went away (a throwaway clinic deleted) between consent and exchange.
    if (member === undefined) throw apiError('oauth_code_unknown');
    const organizations = issued.organizationIds
      .map((id) => world.organizations.get(id))
      .filter((organization): organization is Organization => organization !== undefined);
    return { member, organizations, idTokenFaults: issued.idTokenFaults };
  }

  /** Adds a line to the recent sign-ins (newest first). */
  note(event: Omit<SignInEvent, 'at'>): void {
    this.#recent.unshift({ at: new Date(this.clock.now()).toISOString(), ...event });
    this.#recent.length = Math.min(this.#recent.length, RECENT_SIGN_INS);
  }

  /** The latest sign-in events, newest first. */
  recentSignIns(): SignInEvent[] {
    return this.#recent.map((event) => ({ ...event }));
  }
}

/** The staff user with this id and their clinic, if any. */
export function findStaffMember(world: World, userId: string): StaffMember | undefined {
  for (const organization of world.organizations.values()) {
    const user = world.clinicData(organization).staffUsers.get(userId);
    if (user !== undefined) return { user, organization };
  }
  return undefined;
}

/** The clinics a user may authorize for an app: their own, when it installed the app. */
export function authorizableOrganizations(world: World, member: StaffMember, app: App): Organization[] {
  return world.installation(app.id, member.organization.id) === undefined ? [] : [member.organization];
}

/** The app whose slug is this `client_id`, if any. */
export function appByClientId(world: World, clientId: string): App | undefined {
  for (const app of world.apps.values()) if (app.slug === clientId) return app;
  return undefined;
}
