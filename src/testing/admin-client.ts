import type {
  ArrangeEmailInput,
  CoverageFilter,
  CoverageMark,
  CoverageReport,
  CreateKeyInput,
  CreateOrganizationInput,
  InjectFaultInput,
  JournalEntry,
  JournalFilter,
  OAuthConsentInput,
  OAuthConsentResult,
  RecordByResource,
  RecordFieldsByResource,
  RecordResourceName,
  RotateSigningKeyResult,
  SandboxClock,
  SandboxEmail,
  SandboxFault,
  SandboxFixtures,
  SandboxInstallation,
  SandboxKey,
  SandboxSignIn,
  ThrowawayOrganization,
} from './admin-types.js';

/** A clinic as the record methods take it: its id, or anything with one (`CLINICS.sunrise`, a throwaway's `organization`). */
export type ClinicRef = string | { id: string };

/** One page of a clinic's records, as `/v3` lists page them. */
export interface RecordPage<R extends RecordResourceName> {
  records: RecordByResource[R][];
  pagination: { page: number; pageSize: number; totalCount: number; totalPages: number };
}

const clinicPath = (clinic: ClinicRef, resource: string) =>
  `/organizations/${encodeURIComponent(typeof clinic === 'string' ? clinic : clinic.id)}/${encodeURIComponent(resource)}`;

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

  /**
   * A record in a clinic with the fields given; every other field is filled from the clinic's
   * seed, and references left out point at records of the clinic. `/v3` serves it at once.
   * `await admin.createRecord(CLINICS.sunrise, 'patients', { firstName: 'Ada', email: null })`
   */
  async createRecord<R extends RecordResourceName>(
    clinic: ClinicRef,
    resource: R,
    fields: RecordFieldsByResource[R] = {},
  ): Promise<RecordByResource[R]> {
    return (await this.#call<{ data: RecordByResource[R] }>('POST', clinicPath(clinic, resource), fields)).data;
  }

  /**
   * Sets the fields given on a record (generated, pinned or created); the id cannot change. A note
   * is found by its root id or any version id; `version` and `soapNote` set what is given, without
   * the version bump an edit through `/v3` makes (its `versionId` follows the `version` set):
   * `await admin.updateRecord(CLINICS.sunrise, 'notes', id, { version: 3, ehrType: 'athena' })`
   */
  async updateRecord<R extends RecordResourceName>(
    clinic: ClinicRef,
    resource: R,
    id: string,
    fields: RecordFieldsByResource[R],
  ): Promise<RecordByResource[R]> {
    const path = `${clinicPath(clinic, resource)}/${encodeURIComponent(id)}`;
    return (await this.#call<{ data: RecordByResource[R] }>('PATCH', path, fields)).data;
  }

  /** Deletes a record; one that other records point at is refused (400 `record_referenced`). */
  deleteRecord(clinic: ClinicRef, resource: RecordResourceName, id: string): Promise<void> {
    return this.#call('DELETE', `${clinicPath(clinic, resource)}/${encodeURIComponent(id)}`);
  }

  /** One record of a clinic, by its id (a note also by any of its version ids: the current version answers). */
  async getRecord<R extends RecordResourceName>(clinic: ClinicRef, resource: R, id: string): Promise<RecordByResource[R]> {
    const path = `${clinicPath(clinic, resource)}/${encodeURIComponent(id)}`;
    return (await this.#call<{ data: RecordByResource[R] }>('GET', path)).data;
  }

  /** One page of a clinic's records of one type, in their served order. */
  async listRecords<R extends RecordResourceName>(
    clinic: ClinicRef,
    resource: R,
    page: { page?: number; pageSize?: number } = {},
  ): Promise<RecordPage<R>> {
    const query = new URLSearchParams();
    if (page.page !== undefined) query.set('page', String(page.page));
    if (page.pageSize !== undefined) query.set('pageSize', String(page.pageSize));
    const suffix = query.size > 0 ? `?${query}` : '';
    const body = await this.#call<{ data: Record<string, unknown> }>('GET', `${clinicPath(clinic, resource)}${suffix}`);
    return {
      records: body.data[resource] as RecordByResource[R][],
      pagination: body.data.pagination as RecordPage<R>['pagination'],
    };
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

  /** The outbox of `POST /v3/emails/send`, newest first, each email's status as of the clock's now. */
  emails(filter: { organizationId?: string } = {}): Promise<SandboxEmail[]> {
    const suffix = filter.organizationId ? `?organizationId=${encodeURIComponent(filter.organizationId)}` : '';
    return this.#call<{ emails: SandboxEmail[] }>('GET', `/emails${suffix}`).then((body) => body.emails);
  }

  /**
   * Which documented outcomes of every `/v3` operation the requests hit since the last reset (or
   * since `filter.since`, a mark), and the scopes each app's keys hold that no successful request used.
   */
  coverage(filter: CoverageFilter = {}): Promise<CoverageReport> {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(filter)) if (value !== undefined) query.set(name, String(value));
    const suffix = query.size > 0 ? `?${query}` : '';
    return this.#call('GET', `/coverage${suffix}`);
  }

  /** Sets a coverage mark: `coverage({ since: mark.id })` then counts only what came after. */
  markCoverage(): Promise<CoverageMark> {
    return this.#call('POST', '/coverage/marks');
  }

  /**
   * Puts an email in the outbox as if `appId` had sent it as the clinic: that app's
   * `GET /v3/emails` then lists it. `outcome: 'bounced'` arranges a bounce.
   * `await admin.arrangeEmail({ organizationId: CLINICS.sunrise.id, appId: APPS.sandboxDemo.id, ... })`
   */
  arrangeEmail(email: ArrangeEmailInput): Promise<SandboxEmail> {
    return this.#call('POST', '/emails', email);
  }

  /** Back to the seeded world: keys, grants, clinics, faults, clock, journal, outbox, rate limits, coverage. */
  reset(): Promise<void> {
    return this.#call('POST', '/reset');
  }

  /**
   * Signs in as `userId` for `organizationIds` and allows the app, as the consent page's Allow
   * does: the code (single use, 60 s unless `codeLifetimeSeconds`) and the URL the browser would be
   * sent to. `idTokenFaults` makes the id token this code is exchanged for wrong on purpose.
   */
  consent(input: OAuthConsentInput): Promise<OAuthConsentResult> {
    return this.#call('POST', '/oauth/consent', input);
  }

  /** Signs id tokens with the next key; the old one stays published for `graceSeconds` (default 3600). */
  rotateSigningKey(graceSeconds?: number): Promise<RotateSigningKeyResult> {
    return this.#call('POST', '/oauth/signing-keys/rotate', graceSeconds === undefined ? {} : { graceSeconds });
  }

  /** The latest consents, denials and code exchanges, newest first. */
  async signIns(): Promise<SandboxSignIn[]> {
    return (await this.#call<{ signIns: SandboxSignIn[] }>('GET', '/oauth/sign-ins')).signIns;
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
