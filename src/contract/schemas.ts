/**
 * Names for the generated types of openapi/openapi.json: the records the API serves, the bodies
 * of the admin API, and each operation's parameters and body. Code imports these, never the
 * generated module's deep paths.
 */
import type { components, operations } from './openapi.generated.js';

export type Schemas = components['schemas'];
export type SchemaName = keyof Schemas;

// ---- Records of /v3 -------------------------------------------------------------------------
export type Patient = Schemas['Patient'];
export type Provider = Schemas['Provider'];
export type Facility = Schemas['Facility'];
export type Appointment = Schemas['Appointment'];
export type Bill = Schemas['Bill'];
export type Claim = Schemas['Claim'];
export type Note = Schemas['Note'];
export type Product = Schemas['Product'];
export type SandboxInventoryChange = Schemas['SandboxInventoryChange'];
export type SoapNote = Schemas['SoapNote'];
export type NoteImpression = Schemas['NoteImpression'];
export type EditNoteRequest = Schemas['EditNoteRequest'];
export type EditImpressionRequest = Schemas['EditImpressionRequest'];
export type Task = Schemas['Task'];
export type CreateTaskRequest = Schemas['CreateTaskRequest'];
export type MarketplaceMe = Schemas['MarketplaceMe'];
export type EmailRequest = Schemas['EmailRequest'];
export type EmailRecord = Schemas['EmailRecord'];
export type EmailStatus = Schemas['EmailStatus'];
export type EmailType = Schemas['EmailType'];
export type EmailError = Schemas['EmailError'];
export type ErrorBody = Schemas['Error'];

// ---- Bodies of /_sandbox ---------------------------------------------------------------------
export type SandboxKey = Schemas['SandboxKey'];
export type CreateKeyInput = Schemas['CreateKeyRequest'];
export type RotateKeyInput = Schemas['RotateKeyRequest'];
export type SandboxInstallation = Schemas['Installation'];
export type InstallationInput = Schemas['InstallationRequest'];
export type SandboxOrganization = Schemas['SandboxOrganization'];
/** A clinic's staff user: the `userIds` that `POST /v3/emails/send` can write to. */
export type SandboxStaffUser = Schemas['SandboxStaffUser'];
export type SandboxApp = Schemas['SandboxApp'];
export type SandboxFixtures = Schemas['Fixtures'];
export type CreateOrganizationInput = Schemas['CreateOrganizationRequest'];
export type ThrowawayOrganization = Schemas['ThrowawayOrganization'];
/** `POST /_sandbox/oauth/consent`: sign in as a user for clinics, without a browser. */
export type OAuthConsentInput = Schemas['OAuthConsentRequest'];
export type OAuthConsentResult = Schemas['OAuthConsentResult'];
export type OAuthTokenResponse = Schemas['OAuthTokenResponse'];
export type RotateSigningKeyResult = Schemas['RotateSigningKeyResult'];
export type SandboxSignIn = Schemas['SignInList']['signIns'][number];
/** How many records of each kind a clinic has. */
export type SandboxRecordCounts = Schemas['RecordCounts'];
/** The sizes asked of a throwaway clinic; a missing one takes the world's. */
export type RecordCountsInput = Schemas['RecordCountsRequest'];
export type FaultMatch = Schemas['FaultMatch'];
export type InjectFaultInput = Schemas['InjectFaultRequest'];
export type SandboxFault = Schemas['Fault'];
export type ClockInput = Schemas['ClockRequest'];
export type SandboxClock = Schemas['Clock'];
export type JournalEntry = Schemas['JournalEntry'];
/** An email in the sandbox's outbox: exactly what `GET /_sandbox/emails` shows. */
export type SandboxEmail = Schemas['OutboxEmail'];
/** An email arranged in the outbox as if an app had sent it (`POST /_sandbox/emails`). */
export type ArrangeEmailInput = Schemas['ArrangeEmailRequest'];
export type ResetResult = Schemas['ResetResult'];
/** What `GET /_sandbox/coverage` answers: documented outcomes hit per operation, and least privilege per app. */
export type CoverageReport = Schemas['CoverageReport'];
export type CoverageOperation = Schemas['CoverageOperation'];
export type CoverageOutcome = Schemas['CoverageOutcome'];
export type CoverageAppScopes = Schemas['CoverageAppScopes'];
export type CoverageMark = Schemas['CoverageMark'];

// ---- Operations ------------------------------------------------------------------------------
export type OperationId = keyof operations;
/** The admin API's operations: their ids start with `sandbox` (a test holds the document to it). */
export type SandboxOperationId = Extract<OperationId, `sandbox${string}`>;
/** The Max AI API's operations, under `/v3`. */
export type V3OperationId = Exclude<OperationId, SandboxOperationId>;

/** `{}` where the generated type says "none" (`never`). */
type OrEmpty<T> = [T] extends [never] ? Record<never, never> : T;

/** An operation's query parameters as the client may send them. */
export type QueryOf<Id extends OperationId> = OrEmpty<NonNullable<operations[Id]['parameters']['query']>>;
/** An operation's path parameters. */
export type PathOf<Id extends OperationId> = OrEmpty<NonNullable<operations[Id]['parameters']['path']>>;
/** An operation's JSON request body, or `undefined` when it takes none. */
export type BodyOf<Id extends OperationId> = operations[Id]['requestBody'] extends
  | { content: { 'application/json': infer Body } }
  | undefined
  ? [Body] extends [never]
    ? undefined
    : Body
  : undefined;

/**
 * The parameters whose schema has a `default`: after validation they are always present. The
 * generated types cannot say so (a client may omit them); a test keeps this list in step with
 * the document.
 */
export type DefaultedParameter = 'page' | 'pageSize' | 'includeSoapNote' | 'sortBy' | 'sortOrder' | 'limit';
export const DEFAULTED_PARAMETERS = [
  'page',
  'pageSize',
  'includeSoapNote',
  'sortBy',
  'sortOrder',
  'limit',
] as const satisfies readonly DefaultedParameter[];

/** An operation's path and query parameters after validation: coerced, defaults filled in. */
export type ParamsOf<Id extends OperationId> = WithDefaults<QueryOf<Id> & PathOf<Id>>;

/** Which entries of the journal `GET /_sandbox/requests` lists. */
export type JournalFilter = QueryOf<'sandboxRequests'>;

/** Which requests `GET /_sandbox/coverage` counts: an app's, a clinic's, since a mark. */
export type CoverageFilter = QueryOf<'sandboxCoverage'>;

type WithDefaults<P> = P & { [K in keyof P & DefaultedParameter]-?: Exclude<P[K], undefined> };
