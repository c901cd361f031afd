/**
 * `max-sandbox/testing`: what a test suite needs to drive the sandbox: the well-known keys and
 * clinics, the typed admin client, and an in-process server.
 */

export { ConfigError } from '../settings/config-error.js';
export {
  type ClinicRef,
  type RecordPage,
  SandboxAdmin,
  SandboxAdminError,
  type SandboxAdminOptions,
} from './admin-client.js';
export type * from './admin-types.js';
export type {
  SandboxAppRef,
  SandboxApps,
  SandboxClinic,
  SandboxClinics,
  SandboxEnvironment,
  SandboxFixture,
  SandboxKeys,
} from './sandbox-fixture.js';
export { type StartedSandbox, type StartSandboxOptions, startSandbox } from './start-sandbox.js';
export { APPS, CLINICS, KEYS, PRODUCTION_KEYS, STAGING_KEYS, type WellKnownKey } from './well-known.js';
