import type { OpenApiDocument } from '../openapi/load-spec.js';
import type { Operation } from '../openapi/operations.js';
import type { SandboxConfig } from '../settings/schema.js';
import type { WorldChanges } from './changes.js';
import type { Clock } from './clock.js';
import type { Coverage } from './coverage.js';
import type { FaultSet } from './faults.js';
import type { Journal } from './journal.js';
import type { OAuthServer } from './oauth.js';
import type { Outbox } from './outbox.js';
import type { RateLimiter } from './rate-limiter.js';
import type { RecordEditor } from './record-editor.js';
import type { World } from './world.js';

/** Everything a running sandbox holds: the document, the world and the services around it. */
export interface Sandbox {
  readonly config: SandboxConfig;
  /** The instant every record's dates are placed around: the fixture's, or `config.referenceDate`'s. */
  readonly referenceDate: string;
  /** The fixture's own reference date, which `config.referenceDate` may have moved. */
  readonly fixtureReferenceDate: string;
  readonly spec: OpenApiDocument;
  /** The `/v3` operations of the document. */
  readonly operations: readonly Operation[];
  /** The `/_sandbox` operations of the document. */
  readonly adminOperations: readonly Operation[];
  readonly clock: Clock;
  readonly world: World;
  readonly limiter: RateLimiter;
  readonly outbox: Outbox;
  readonly faults: FaultSet;
  readonly journal: Journal;
  /** Sign in with Max AI: consent pages, codes, id-token signing keys. */
  readonly oauth: OAuthServer;
  /** How often each operation produced each documented outcome, per app and clinic, since the last reset. */
  readonly coverage: Coverage;
  /** Creates, changes and deletes clinic records (the admin routes and the fixture's pinned records). */
  readonly records: RecordEditor;
  /** Told of every record change and of reset, for the caches of answers above the world. */
  readonly changes: WorldChanges;
  /** Back to the seeded world. */
  reset(): void;
}
