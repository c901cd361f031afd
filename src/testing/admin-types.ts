/**
 * The JSON shapes of the `/_sandbox` admin API and the records of `/v3`, as the typed client
 * sees them: the types generated from the OpenAPI document (src/contract), under their names.
 */
export type { Environment, KeyStatus, KeyType } from '../contract/keys.js';
export type { SandboxReason } from '../contract/reasons.js';
export type {
  Appointment,
  Bill,
  Claim,
  ClockInput,
  CreateKeyInput,
  CreateOrganizationInput,
  EmailRequest,
  ErrorBody,
  Facility,
  FaultMatch,
  InjectFaultInput,
  InstallationInput,
  JournalEntry,
  JournalFilter,
  MarketplaceMe,
  Note,
  Patient,
  Provider,
  RecordByResource,
  RecordCountsInput,
  RecordFieldsByResource,
  RecordResourceName,
  RotateKeyInput,
  SandboxApp,
  SandboxClock,
  SandboxEmail,
  SandboxFault,
  SandboxFixtures,
  SandboxInstallation,
  SandboxKey,
  SandboxOrganization,
  SandboxRecordCounts,
  SandboxStaffUser,
  ThrowawayOrganization,
} from '../contract/schemas.js';
export type { Scope } from '../contract/scopes.js';
