import type { Environment, KeyStatus, KeyType } from '../contract/keys.js';
import type { RecordCounts } from '../data/types.js';
import { ClinicData } from '../records/clinic-data.js';
import { ClinicEdits } from '../records/edits.js';
import type { AnyRecord, RecordResource } from '../records/kinds.js';
import type { Clock } from './clock.js';
import type { AppFixture, WorldFixture } from './fixture-types.js';

export type App = AppFixture;

export interface Organization {
  id: string;
  name: string;
  description: string | null;
  seed: string;
  recordCounts: RecordCounts;
  /** Made at run time by `POST /_sandbox/organizations`; gone at reset. */
  throwaway: boolean;
  /** Keys made with a throwaway clinic, freed with it; none for a fixture clinic. */
  keyIds: string[];
}

export interface Installation {
  appId: string;
  organizationId: string;
  grantedScopes: string[];
}

export interface ApiKey {
  id: string;
  type: KeyType;
  environment: Environment;
  appId: string | null;
  scopes: string[];
  description: string | null;
  /** The current secret (the full `max_..._ak_...` string). */
  secret: string;
  revokedAt: number | null;
  expiresAt: number | null;
  notBefore: number | null;
}

/** A secret that authenticates a key; a rotated-out secret stays valid until `validUntil`. */
interface SecretEntry {
  key: ApiKey;
  validUntil: number | null;
}

/** A record the fixture pins to a clinic, already filled and checked. */
export interface PinnedRecord {
  resource: RecordResource;
  record: AnyRecord;
}

/**
 * About how many records a clinic of these counts generates once every type is used: what it costs
 * of World.HELD_RECORDS_BUDGET. An upper estimate (measured: a clinic of weight 29,600 made 21,428 records).
 */
export function recordWeight(counts: RecordCounts): number {
  // Each appointment comes with about one bill, one claim and one note, and a quarter of a task
  // (Sunrise: 201 tasks for 250 patients x 3 appointments): 4 a visit still over-counts.
  return (
    counts.patients +
    counts.providers +
    counts.facilities +
    counts.staffUsers +
    4 * counts.patients * counts.appointmentsPerPatient +
    // A catalog of at most 16 products; about 55 inventory changes per facility, each with its
    // items and their products about three appointments' worth of JSON (2.9 KB against 1.0 KB).
    16 +
    165 * counts.facilities
  );
}

/** A fixture key's time; the fixture's schema let through only timestamps `Date` can represent. */
const parseTime = (value: string | undefined): number | null => (value === undefined ? null : Date.parse(value));

/**
 * The sandbox's mutable state: clinics, apps, installations and keys, seeded from the fixture and
 * changed at run time through `/_sandbox`. Generated clinic records are cached outside the state
 * so a reset keeps them (they never change) and stays fast.
 */
export class World {
  /**
   * How many generated records it holds at once, summed over clinics, and so the most one
   * clinic's `recordCounts` may ask for (`recordWeight`): up to about 85 MB at
   * RECORD_BYTES_ESTIMATE each. Past it, the clinics used longest ago are dropped; their records
   * come back from the seed and their edits on next use, byte for byte. The fixture's three
   * clinics fit about ten times over, so only suites making many clinics regenerate.
   *
   * Why clinics are held at all: regenerating one on every request its response cache misses cost
   * 19 times the CPU (8.6 ms against 0.48 ms per request, bench/ab-inprocess.mjs, `varied` mix).
   */
  static readonly HELD_RECORDS_BUDGET = 30_000;
  /**
   * What a generated record costs once its table and its served JSON are built: measured 2.8 KB
   * (the three fixture clinics, 7,087 records, every table and JSON built including notes with
   * their SOAP body: 19.9 MB of heap). A clinic only partly served costs less.
   */
  static readonly RECORD_BYTES_ESTIMATE = 2.8 * 1024;

  readonly organizations = new Map<string, Organization>();
  readonly apps = new Map<string, App>();
  readonly #installations = new Map<string, Installation>();
  readonly keys = new Map<string, ApiKey>();
  readonly #secrets = new Map<string, SecretEntry>();
  /** Held clinics' records, least recently used first. */
  readonly #clinicData = new Map<string, { data: ClinicData; weight: number }>();
  #heldWeight = 0;
  #mostRecent: string | undefined;
  /** Each clinic's pinned and run-time records: what its generated records are not. Kept when the generated ones are dropped. */
  readonly #edits = new Map<string, ClinicEdits>();
  #pinned: ReadonlyMap<string, readonly PinnedRecord[]> = new Map();
  #version = 0;

  constructor(
    readonly fixture: WorldFixture,
    readonly clock: Clock,
    readonly heldRecordsBudget: number = World.HELD_RECORDS_BUDGET,
  ) {
    this.#load();
  }

  #load(): void {
    const { fixture } = this;
    for (const [organizationId, records] of this.#pinned) {
      const edits = this.editsOf(organizationId);
      for (const { resource, record } of records) edits.put(resource, record);
    }
    for (const organization of fixture.organizations) {
      this.organizations.set(organization.id, {
        id: organization.id,
        name: organization.name,
        description: organization.description ?? null,
        seed: organization.seed ?? fixture.seed,
        recordCounts: { ...fixture.recordCounts, ...organization.recordCounts },
        throwaway: false,
        keyIds: [],
      });
    }
    for (const app of fixture.apps) this.apps.set(app.id, { ...app });
    for (const installation of fixture.installations) this.putInstallation({ ...installation });
    for (const key of fixture.keys) {
      this.addKey({
        id: key.id,
        type: key.type,
        environment: key.environment,
        appId: key.appId,
        scopes: [...key.scopes],
        description: key.description ?? null,
        secret: key.key,
        revokedAt: parseTime(key.revokedAt),
        expiresAt: parseTime(key.expiresAt),
        notBefore: parseTime(key.notBefore),
      });
    }
  }

  /**
   * Changes whenever clinics or installations change, so that what was derived from them (a
   * request's clinic and effective scopes) can be remembered until then.
   */
  get version(): number {
    return this.#version;
  }

  /**
   * The fixture's pinned records, filled and checked (by the sandbox, which has the document), by
   * clinic: from now on part of the seeded world, restored by every reset. Filling them already put
   * them in the clinics' edits, in this order, so the world needs no reload now.
   */
  pinRecords(pinned: ReadonlyMap<string, readonly PinnedRecord[]>): void {
    this.#pinned = pinned;
  }

  /**
   * Back to the seeded world. Generated records of fixture clinics are kept (they never change);
   * their edits go back to the pinned records.
   */
  reset(): void {
    for (const organization of this.organizations.values()) {
      if (!organization.throwaway) continue;
      this.#dropClinicData(organization.id);
      this.#edits.delete(organization.id);
    }
    // Cleared in place: a held clinic's records are built with its edits object.
    for (const [organizationId, edits] of this.#edits) {
      const changed = !edits.empty;
      edits.clear();
      if (changed) this.recordsChanged(organizationId);
    }
    this.organizations.clear();
    this.apps.clear();
    this.#installations.clear();
    this.keys.clear();
    this.#secrets.clear();
    this.#load();
    this.#version += 1;
  }

  addKey(key: ApiKey): void {
    this.keys.set(key.id, key);
    this.#secrets.set(key.secret, { key, validUntil: null });
  }

  /** Gives `key` a new secret; the old one keeps working until `graceUntil` (or stops now). */
  rotateKey(key: ApiKey, newSecret: string, graceUntil: number | null): void {
    const old = this.#secrets.get(key.secret);
    if (old) {
      if (graceUntil === null) this.#secrets.delete(key.secret);
      else old.validUntil = graceUntil;
    }
    key.secret = newSecret;
    this.#secrets.set(newSecret, { key, validUntil: null });
  }

  /** The key a bearer token names, if any, and whether that secret has been rotated out. */
  findBySecret(token: string): { key: ApiKey; rotatedOut: boolean } | undefined {
    const entry = this.#secrets.get(token);
    if (!entry) return undefined;
    return { key: entry.key, rotatedOut: entry.validUntil !== null && entry.validUntil <= this.clock.now() };
  }

  keyStatus(key: ApiKey): KeyStatus {
    const now = this.clock.now();
    if (key.revokedAt !== null && key.revokedAt <= now) return 'revoked';
    if (key.expiresAt !== null && key.expiresAt <= now) return 'expired';
    if (key.notBefore !== null && key.notBefore > now) return 'not_yet_valid';
    return 'active';
  }

  installation(appId: string, organizationId: string): Installation | undefined {
    return this.#installations.get(`${appId}/${organizationId}`);
  }

  installations(): Installation[] {
    return [...this.#installations.values()];
  }

  putInstallation(installation: Installation): void {
    this.#installations.set(`${installation.appId}/${installation.organizationId}`, installation);
    this.#version += 1;
  }

  removeInstallation(appId: string, organizationId: string): boolean {
    this.#version += 1;
    return this.#installations.delete(`${appId}/${organizationId}`);
  }

  /**
   * Whether one clinic of these counts fits the records the sandbox holds at once. A clinic larger
   * than the whole budget could never be held within it: it would be kept anyway (the newest clinic
   * is never dropped) and cost gigabytes and minutes of generating while every other request
   * waited, so it is refused before it exists.
   */
  fitsRecordBudget(counts: RecordCounts): boolean {
    return recordWeight(counts) <= this.heldRecordsBudget;
  }

  addOrganization(organization: Organization): void {
    this.organizations.set(organization.id, organization);
    this.#version += 1;
  }

  /**
   * Frees a clinic with its installations, the keys made with it (every secret of theirs, rotated
   * ones included) and its generated records. For throwaway clinics: a fixture clinic deleted
   * here would be back only after a reset, so the admin route refuses those before calling this.
   */
  removeOrganization(organization: Organization): void {
    for (const installation of this.#installations.values()) {
      if (installation.organizationId === organization.id) this.removeInstallation(installation.appId, organization.id);
    }
    const freedKeyIds = new Set(organization.keyIds);
    for (const id of freedKeyIds) this.keys.delete(id);
    for (const [secret, entry] of this.#secrets) if (freedKeyIds.has(entry.key.id)) this.#secrets.delete(secret);
    this.#dropClinicData(organization.id);
    this.#edits.delete(organization.id);
    this.organizations.delete(organization.id);
    this.#version += 1;
  }

  /** How many clinics hold generated records now: what a test of freeing memory counts. */
  get generatedClinicCount(): number {
    return this.#clinicData.size;
  }

  /** Whether the clinic's records have been generated and are held. */
  hasGeneratedRecords(organizationId: string): boolean {
    return this.#clinicData.has(organizationId);
  }

  /** The clinic's pinned and run-time records (none yet: an empty set, kept from now on). */
  editsOf(organizationId: string): ClinicEdits {
    let edits = this.#edits.get(organizationId);
    if (!edits) {
      edits = new ClinicEdits();
      this.#edits.set(organizationId, edits);
    }
    return edits;
  }

  /** A clinic's records changed: its tables are rebuilt on next use. */
  recordsChanged(organizationId: string): void {
    this.#clinicData.get(organizationId)?.data.recordsChanged();
  }

  /**
   * The clinic's records, generated on first use from its seed and edits. Least recently used
   * clinics are dropped past the budget: a suite making one clinic per test stays bounded.
   */
  clinicData(organization: Organization): ClinicData {
    const id = organization.id;
    const held = this.#clinicData.get(id);
    if (held) {
      if (this.#mostRecent !== id) {
        // Map order is use order: move it to the end.
        this.#clinicData.delete(id);
        this.#clinicData.set(id, held);
        this.#mostRecent = id;
      }
      return held.data;
    }
    const data = new ClinicData(
      {
        seed: organization.seed,
        organizationId: id,
        organizationName: organization.name,
        referenceDate: this.fixture.referenceDate,
        counts: organization.recordCounts,
      },
      this.editsOf(id),
    );
    const weight = recordWeight(organization.recordCounts);
    this.#clinicData.set(id, { data, weight });
    this.#heldWeight += weight;
    this.#mostRecent = id;
    for (const oldest of this.#clinicData.keys()) {
      if (this.#heldWeight <= this.heldRecordsBudget || oldest === id) break;
      this.#dropClinicData(oldest);
    }
    return data;
  }

  #dropClinicData(organizationId: string): void {
    const held = this.#clinicData.get(organizationId);
    if (!held) return;
    this.#clinicData.delete(organizationId);
    this.#heldWeight -= held.weight;
    if (this.#mostRecent === organizationId) this.#mostRecent = undefined;
  }
}
