/**
 * The clinic records the sandbox generates: the types generated from the OpenAPI document
 * (api-model A6), so a generator that drifts from the document does not compile, plus the few
 * fields generation needs that are not served. The enum lists below are the values generated.
 */
import type { Schemas } from '../contract/schemas.js';

/** `YYYY-MM-DD` */
export type IsoDate = string;
/** ISO 8601 UTC timestamp, e.g. `2026-01-15T09:30:00.000Z` */
export type IsoTimestamp = string;
/** Decimal money string, e.g. `"150.00"` */
export type Money = string;

export type Patient = Schemas['Patient'];

/** A provider as generated: the API's fields and `hidden`, which only drives the `hidden` filter. */
export type Provider = Schemas['Provider'] & { hidden: boolean };

export type Facility = Schemas['Facility'];

export const APPOINTMENT_STATUSES = [
  'scheduled',
  'confirmed',
  'checked_in',
  'in_progress',
  'completed',
  'cancelled',
  'no_show',
] as const satisfies readonly Schemas['Appointment']['status'][];
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export type Appointment = Schemas['Appointment'];

export type Diagnosis = Schemas['Diagnosis'];

export type Modifier = Schemas['Modifier'];

export type LineItem = Schemas['LineItem'];

export const CODING_GROUP_STATUSES = [
  'draft',
  'ready',
  'submitted',
  'finalized',
] as const satisfies readonly Schemas['CodingGroup']['status'][];
export type CodingGroupStatus = (typeof CODING_GROUP_STATUSES)[number];

export type CodingGroup = Schemas['CodingGroup'];

export const BILLING_TYPES = [
  'professional',
  'self_pay',
  'workers_comp',
] as const satisfies readonly Schemas['Bill']['billingType'][];
export type BillingType = (typeof BILLING_TYPES)[number];

export type Bill = Schemas['Bill'];

export const CLAIM_STATUSES = [
  'draft',
  'submitted',
  'accepted',
  'rejected',
  'denied',
  'paid',
  'partially_paid',
] as const satisfies readonly Schemas['Claim']['claimStatus'][];
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const POLICY_TYPES = [
  'PPO',
  'HMO',
  'EPO',
  'POS',
  'HDHP',
  'Medicare',
  'Medicare Advantage',
  'Medicare Supplement',
  'Medicaid',
  'TRICARE',
  'Self-Pay',
] as const satisfies readonly Schemas['Insurance']['policyType'][];
export type PolicyType = (typeof POLICY_TYPES)[number];

export type Insurance = Schemas['Insurance'];

export type Claim = Schemas['Claim'];

export const NOTE_STATUSES = [
  'draft',
  'awaiting_sign',
  'in_review',
  'signed',
  'amended',
] as const satisfies readonly Schemas['Note']['status'][];
export type NoteStatus = (typeof NOTE_STATUSES)[number];

export const AI_STATUSES = [
  'pending',
  'no_issues',
  'issues_found',
  'failed',
] as const satisfies readonly Schemas['Note']['aiStatus'][];
export type AiStatus = (typeof AI_STATUSES)[number];

/** The EHR every clinic of the sandbox runs. */
export const EHR_TYPE = 'modmed';

export type SoapNote = Schemas['SoapNote'];

export type NotePatient = Schemas['Note']['patient'];

export type NoteFacility = Schemas['Note']['facility'];

export const NOTE_ROLE_TYPES = ['PRIMARY_PROVIDER', 'COSIGNER'] as const satisfies readonly Schemas['NoteProvider']['roleType'][];
export type NoteRoleType = (typeof NOTE_ROLE_TYPES)[number];

/** A provider as a note lists it: the whole provider, its `hidden` flag and its part in the note. */
export type NoteProvider = Schemas['NoteProvider'];

/**
 * A note as generated: the API's fields, the appointment it documents (not served) and its SOAP
 * body, served only with includeSoapNote=true and the read:soap_notes scope.
 */
export type Note = Omit<Schemas['Note'], 'soapNote'> & { appointmentId: string; soapNote: SoapNote };

export const TASK_STATUSES = [
  'not_started',
  'in_progress',
  'completed',
  'cancelled',
] as const satisfies readonly Schemas['Task']['status'][];
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_SYNC_STATUSES = ['synced', 'pending', 'failed'] as const satisfies readonly Schemas['Task']['syncStatus'][];
export type TaskSyncStatus = (typeof TASK_SYNC_STATUSES)[number];

/** A task as generated: the API's fields and the patient of its note (not served), which `patientId` filters on. */
export type Task = Schemas['Task'] & { patientId: string };

export type StaffUser = Schemas['SandboxStaffUser'];

/** How many of each record a clinic is generated with. */
export interface RecordCounts {
  patients: number;
  providers: number;
  facilities: number;
  staffUsers: number;
  /** Appointments per patient, on average. */
  appointmentsPerPatient: number;
}

export const PRODUCT_TYPES = ['drug', 'vaccine', 'device', 'supply'] as const satisfies readonly Schemas['Product']['type'][];
export type ProductType = (typeof PRODUCT_TYPES)[number];

/** A product of the organization's catalog. */
export type Product = Schemas['Product'];

export const INVENTORY_CHANGE_TYPES = [
  'receiving',
  'usage',
  'waste',
  'adjustment',
] as const satisfies readonly Schemas['InventoryChange']['type'][];
export type InventoryChangeType = (typeof INVENTORY_CHANGE_TYPES)[number];

export const INVENTORY_CHANGE_STATUSES = [
  'closed',
  'open',
  'cancelled',
] as const satisfies readonly Schemas['InventoryChange']['status'][];
export type InventoryChangeStatus = (typeof INVENTORY_CHANGE_STATUSES)[number];

/** A scanned item as held: the served item and the id of its product, which `product` is copied from. */
export type InventoryItem = Schemas['InventoryChangeItem'] & { productId: string };

/** An inventory change as held: the served change and its scanned items (served apart). */
export type InventoryChange = Schemas['InventoryChange'] & { items: InventoryItem[] };

export type StockLevel = Schemas['StockLevel'];
