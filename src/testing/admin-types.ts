/**
 * The JSON shapes of the `/_sandbox` admin API and the records of `/v3`, as the typed client
 * sees them: the types generated from the OpenAPI document (src/contract), under their names.
 */
import type { Schemas } from '../contract/schemas.js';
import type { RecordFieldsSchemas, RecordResource, RecordSchemas } from '../records/kinds.js';

export type { Environment, KeyStatus, KeyType } from '../contract/keys.js';
export type { SandboxReason } from '../contract/reasons.js';
export type {
  Appointment,
  ArrangeEmailInput,
  Bill,
  Claim,
  ClockInput,
  CoverageAppScopes,
  CoverageFilter,
  CoverageMark,
  CoverageOperation,
  CoverageOutcome,
  CoverageReport,
  CreateKeyInput,
  CreateOrganizationInput,
  CreateTaskRequest,
  EditImpressionRequest,
  EditNoteRequest,
  EmailRecord,
  EmailRequest,
  EmailStatus,
  EmailType,
  ErrorBody,
  Facility,
  FaultMatch,
  InjectFaultInput,
  InstallationInput,
  JournalEntry,
  JournalFilter,
  MarketplaceMe,
  Note,
  NoteImpression,
  OAuthConsentInput,
  OAuthConsentResult,
  OAuthTokenResponse,
  Patient,
  Provider,
  RecordCountsInput,
  RotateKeyInput,
  RotateSigningKeyResult,
  SandboxApp,
  SandboxClock,
  SandboxEmail,
  SandboxFault,
  SandboxFixtures,
  SandboxInstallation,
  SandboxKey,
  SandboxOrganization,
  SandboxRecordCounts,
  SandboxSignIn,
  SandboxStaffUser,
  SoapNote,
  Task,
  ThrowawayOrganization,
} from '../contract/schemas.js';
export type { Scope } from '../contract/scopes.js';

/** A record type of `/v3` that `/_sandbox` can create, change and delete: `patients`, `appointments`, ... */
export type RecordResourceName = RecordResource;
/** Each record type's write shape: the fields `/_sandbox` and pinned records take, all optional. */
export type RecordFieldsByResource = { [R in RecordResource]: Schemas[RecordFieldsSchemas[R]] };
/** Each record type as `/_sandbox` answers it: as `/v3` serves it, notes with their SOAP body. */
export type RecordByResource = { [R in RecordResource]: Schemas[RecordSchemas[R]] };
