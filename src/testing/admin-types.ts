/** The JSON shapes of the `/_sandbox` admin API, shared by the server and the typed client. */

export type Environment = 'production' | 'staging';
export type KeyStatus = 'active' | 'revoked' | 'expired' | 'not_yet_valid';

export interface SandboxKey {
  id: string;
  /** The secret to send as `Authorization: Bearer <key>`. */
  key: string;
  type: 'data' | 'account';
  environment: Environment;
  appId: string | null;
  scopes: string[];
  status: KeyStatus;
  expiresAt: string | null;
  notBefore: string | null;
  revokedAt: string | null;
  description: string | null;
  /** After a rotation with a grace period: until when the previous secret still works. */
  previousKeyValidUntil?: string | null;
}

export interface CreateKeyInput {
  appId: string;
  environment?: Environment;
  scopes: string[];
  expiresAt?: string;
  notBefore?: string;
  description?: string;
}

export interface SandboxInstallation {
  appId: string;
  organizationId: string;
  grantedScopes: string[];
}

export interface SandboxOrganization {
  id: string;
  name: string;
  description: string | null;
  throwaway: boolean;
}

/** A clinic's staff user: the `userIds` that `POST /v3/emails` can write to. */
export interface SandboxStaffUser {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  role: string;
}

export interface SandboxApp {
  id: string;
  slug: string;
  name: string;
  liveVersionId: string | null;
}

export interface SandboxFixtures {
  organizations: (SandboxOrganization & { staffUsers: SandboxStaffUser[] })[];
  apps: SandboxApp[];
  installations: SandboxInstallation[];
  keys: SandboxKey[];
}

export interface CreateOrganizationInput {
  /** Seed of the clinic's records; random when omitted. */
  seed?: string;
  name?: string;
  /** Apps to install, each with a data key of its granted scopes; default: the Sandbox Demo App with every scope. */
  apps?: { appId: string; grantedScopes?: string[] }[];
}

export interface ThrowawayOrganization {
  organization: SandboxOrganization & { seed: string };
  installations: SandboxInstallation[];
  /** One data key per installed app, in the sandbox's environment, with the granted scopes. */
  keys: SandboxKey[];
}

export interface FaultMatch {
  method?: string;
  /** Exact path (`/v3/patients`) or a prefix ending in `*` (`/v3/patients/*`). */
  path?: string;
  keyId?: string;
  organizationId?: string;
}

export interface InjectFaultInput {
  match?: FaultMatch;
  /** 429, 500 or 503: answered with the documented error body. Omit for latency or abort only. */
  status?: 429 | 500 | 503;
  /** Delay before answering (or before the normal response when no status is given). */
  delayMs?: number;
  /** Drop the connection without an answer. */
  abort?: boolean;
  /** How many matching requests it applies to; until removed when omitted. */
  times?: number;
  /** For 429 and 503: the Retry-After seconds (default 1). */
  retryAfterSeconds?: number;
}

export interface SandboxFault {
  id: string;
  match: FaultMatch;
  status: 429 | 500 | 503 | null;
  delayMs: number;
  abort: boolean;
  retryAfterSeconds: number;
  /** Matches left; null: until removed. */
  remaining: number | null;
  /** Requests it has answered. */
  hits: number;
}

export interface SandboxClock {
  now: string;
  frozen: boolean;
}

export interface JournalEntry {
  id: number;
  time: string;
  method: string;
  path: string;
  query: string;
  status: number;
  /** The precise reason for an error, as in `X-Sandbox-Reason`; null for a success. */
  reason: string | null;
  keyId: string | null;
  organizationId: string | null;
  faultId: string | null;
  durationMs: number;
}

export interface JournalFilter {
  keyId?: string;
  organizationId?: string;
  status?: number;
  path?: string;
  limit?: number;
}

export interface SandboxEmail {
  id: string;
  organizationId: string;
  appId: string;
  keyId: string;
  recipientType: 'patient' | 'user';
  recipientId: string;
  toAddress: string;
  fromAddress: string;
  subject: string;
  htmlBody: string;
  emailType: string;
  status: 'sent' | 'scheduled';
  scheduledAt: string | null;
  createdAt: string;
}
