import type {
  CreateKeyInput,
  CreateOrganizationInput,
  InjectFaultInput,
  JournalEntry,
  JournalFilter,
  SandboxClock,
  SandboxEmail,
  SandboxFault,
  SandboxFixtures,
  SandboxInstallation,
  SandboxKey,
  ThrowawayOrganization,
} from './admin-types.js';

/** An error answered by the admin API, with its status and `{code, message}` body. */
export class SandboxAdminError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`${status} ${code}: ${message}`);
    this.name = 'SandboxAdminError';
  }
}

export interface SandboxAdminOptions {
  /** Sent as `X-Sandbox-Admin-Token` when the sandbox was started with one. */
  adminToken?: string;
  fetch?: typeof fetch;
}

/** A small typed client for the sandbox's `/_sandbox` routes. */
export class SandboxAdmin {
  readonly #baseUrl: string;
  readonly #headers: Record<string, string>;
  readonly #fetch: typeof fetch;

  constructor(baseUrl: string, options: SandboxAdminOptions = {}) {
    this.#baseUrl = baseUrl.replace(/\/+$/, '');
    this.#headers = options.adminToken ? { 'X-Sandbox-Admin-Token': options.adminToken } : {};
    this.#fetch = options.fetch ?? fetch;
  }

  health(): Promise<{ status: 'ok' }> {
    return this.#call('GET', '/health');
  }

  fixtures(): Promise<SandboxFixtures> {
    return this.#call('GET', '/fixtures');
  }

  createKey(input: CreateKeyInput): Promise<SandboxKey> {
    return this.#call('POST', '/keys', input);
  }

  getKey(id: string): Promise<SandboxKey> {
    return this.#call('GET', `/keys/${encodeURIComponent(id)}`);
  }

  revokeKey(id: string): Promise<SandboxKey> {
    return this.#call('POST', `/keys/${encodeURIComponent(id)}/revoke`);
  }

  expireKey(id: string): Promise<SandboxKey> {
    return this.#call('POST', `/keys/${encodeURIComponent(id)}/expire`);
  }

  /** A new secret; the old one keeps working for `gracePeriodSeconds` (default 0: stops now). */
  rotateKey(id: string, options: { gracePeriodSeconds?: number } = {}): Promise<SandboxKey> {
    return this.#call('POST', `/keys/${encodeURIComponent(id)}/rotate`, options);
  }

  /** Installs an app in a clinic, or changes what it granted. */
  installApp(installation: SandboxInstallation): Promise<SandboxInstallation> {
    return this.#call('PUT', '/installations', installation);
  }

  uninstallApp(appId: string, organizationId: string): Promise<void> {
    return this.#call('DELETE', `/installations/${encodeURIComponent(appId)}/${encodeURIComponent(organizationId)}`);
  }

  /**
   * A throwaway clinic of its own records, installation and keys; gone at reset or by
   * `deleteOrganization`. `recordCounts` sizes it (`{ patients: 0, ... }`: an empty clinic); a
   * count left out takes the world's.
   */
  createOrganization(input: CreateOrganizationInput = {}): Promise<ThrowawayOrganization> {
    return this.#call('POST', '/organizations', input);
  }

  /** Frees a throwaway clinic with its installations, keys and records; a fixture clinic is refused (400). */
  deleteOrganization(id: string): Promise<void> {
    return this.#call('DELETE', `/organizations/${encodeURIComponent(id)}`);
  }

  injectFault(input: InjectFaultInput): Promise<SandboxFault> {
    return this.#call('POST', '/faults', input);
  }

  faults(): Promise<SandboxFault[]> {
    return this.#call<{ faults: SandboxFault[] }>('GET', '/faults').then((body) => body.faults);
  }

  removeFault(id: string): Promise<void> {
    return this.#call('DELETE', `/faults/${encodeURIComponent(id)}`);
  }

  clearFaults(): Promise<void> {
    return this.#call('DELETE', '/faults');
  }

  clock(): Promise<SandboxClock> {
    return this.#call('GET', '/clock');
  }

  advanceClock(seconds: number): Promise<SandboxClock> {
    return this.#call('POST', '/clock', { advanceSeconds: seconds });
  }

  /** Sets the clock to `now`; `freeze` stops it there until advanced. */
  setClock(now: Date | string, options: { freeze?: boolean } = {}): Promise<SandboxClock> {
    return this.#call('POST', '/clock', {
      now: typeof now === 'string' ? now : now.toISOString(),
      freeze: options.freeze ?? false,
    });
  }

  /** The request journal, newest first. */
  requests(filter: JournalFilter = {}): Promise<JournalEntry[]> {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(filter)) if (value !== undefined) query.set(name, String(value));
    const suffix = query.size > 0 ? `?${query}` : '';
    return this.#call<{ requests: JournalEntry[] }>('GET', `/requests${suffix}`).then((body) => body.requests);
  }

  clearRequests(): Promise<void> {
    return this.#call('DELETE', '/requests');
  }

  /** The outbox of `POST /v3/emails`, newest first. */
  emails(filter: { organizationId?: string } = {}): Promise<SandboxEmail[]> {
    const suffix = filter.organizationId ? `?organizationId=${encodeURIComponent(filter.organizationId)}` : '';
    return this.#call<{ emails: SandboxEmail[] }>('GET', `/emails${suffix}`).then((body) => body.emails);
  }

  /** Back to the seeded world: keys, grants, clinics, faults, clock, journal, outbox, rate limits. */
  reset(): Promise<void> {
    return this.#call('POST', '/reset');
  }

  async #call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { ...this.#headers };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await this.#fetch(`${this.#baseUrl}/_sandbox${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as { code?: string; message?: string }) : undefined;
    if (!response.ok) {
      throw new SandboxAdminError(response.status, parsed?.code ?? 'error', parsed?.message ?? response.statusText);
    }
    return parsed as T;
  }
}
