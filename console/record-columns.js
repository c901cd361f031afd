// @ts-check
/**
 * The few columns of each resource worth a glance in the records browser; a row click shows the
 * whole record.
 */
import { dateTime } from './dom.js';

/** @typedef {import('../src/contract/schemas.js').Patient} Patient */
/** @typedef {import('../src/contract/schemas.js').Appointment} Appointment */
/** @typedef {import('../src/contract/schemas.js').Provider} Provider */
/** @typedef {import('../src/contract/schemas.js').Facility} Facility */
/** @typedef {import('../src/contract/schemas.js').Bill} Bill */
/** @typedef {import('../src/contract/schemas.js').Claim} Claim */
/** @typedef {import('../src/contract/schemas.js').Note} Note */
/** @typedef {import('../src/contract/schemas.js').Task} Task */
/** @typedef {import('../src/contract/schemas.js').Product} Product */
/** @typedef {import('../src/contract/schemas.js').SandboxInventoryChange} InventoryChange */
/** @typedef {string | number | boolean | null | undefined} Cell */

/**
 * @template T
 * @typedef {{ label: string, value: (record: T) => Cell }} Column
 */

/**
 * @typedef {object} ColumnsByResource
 * @property {Column<Patient>[]} patients
 * @property {Column<Appointment>[]} appointments
 * @property {Column<Provider>[]} providers
 * @property {Column<Facility>[]} facilities
 * @property {Column<Bill>[]} bills
 * @property {Column<Claim>[]} claims
 * @property {Column<Note>[]} notes
 * @property {Column<Task>[]} tasks
 * @property {Column<Product>[]} products
 * @property {Column<InventoryChange>[]} inventoryChanges
 */

/** @typedef {keyof ColumnsByResource} Resource */

/**
 * @param {{ firstName: string, lastName: string }} person
 */
const nameOf = (person) => `${person.firstName} ${person.lastName}`;

/** @param {boolean} value */
const yesNo = (value) => (value ? 'yes' : 'no');

/** @type {ColumnsByResource} */
export const COLUMNS = {
  patients: [
    { label: 'Name', value: nameOf },
    { label: 'MRN', value: (patient) => patient.mrn },
    { label: 'Born', value: (patient) => patient.dateOfBirth },
    { label: 'Gender', value: (patient) => patient.gender },
    { label: 'Email', value: (patient) => patient.email },
    { label: 'Phone', value: (patient) => patient.phone },
  ],
  appointments: [
    { label: 'Start (UTC)', value: (appointment) => dateTime(appointment.scheduledStartDate) },
    { label: 'Status', value: (appointment) => appointment.status },
    { label: 'Patient', value: (appointment) => nameOf(appointment.patient) },
    { label: 'Provider', value: (appointment) => (appointment.provider ? nameOf(appointment.provider) : null) },
    { label: 'New patient', value: (appointment) => yesNo(appointment.isNewPatient) },
  ],
  providers: [
    { label: 'Name', value: (provider) => `${provider.displayFirstName} ${provider.displayLastName}` },
    { label: 'Roles', value: (provider) => provider.roles.join(', ') },
    { label: 'NPI', value: (provider) => provider.individualNpi },
    { label: 'Username', value: (provider) => provider.username },
    { label: 'Can cosign', value: (provider) => yesNo(provider.canCosign) },
  ],
  facilities: [
    { label: 'Name', value: (facility) => facility.name },
    { label: 'Specialty', value: (facility) => facility.specialty },
    { label: 'Time zone', value: (facility) => facility.timezone },
    { label: 'NPI', value: (facility) => facility.organizationNpi },
    { label: 'Visible', value: (facility) => yesNo(facility.isVisible) },
  ],
  bills: [
    { label: 'Date of service', value: (bill) => bill.dateOfService },
    { label: 'Patient', value: (bill) => `${bill.patientFirstName} ${bill.patientLastName}` },
    { label: 'Type', value: (bill) => bill.billingType },
    { label: 'Provider', value: (bill) => bill.primaryProviderName },
    { label: 'Facility', value: (bill) => bill.facilityName },
  ],
  claims: [
    { label: 'Bill', value: (claim) => claim.billHumanId },
    { label: 'Date of service', value: (claim) => claim.dateOfService },
    { label: 'Patient', value: (claim) => `${claim.patientFirstName} ${claim.patientLastName}` },
    { label: 'Status', value: (claim) => claim.claimStatus },
    { label: 'Amount', value: (claim) => claim.claimAmount },
    { label: 'Balance', value: (claim) => claim.balance },
    { label: 'Payer', value: (claim) => claim.primaryInsurance },
  ],
  notes: [
    { label: 'Visit (UTC)', value: (note) => note.visitDate.slice(0, 16) },
    { label: 'Patient', value: (note) => nameOf(note.patient) },
    { label: 'Status', value: (note) => note.status },
    { label: 'AI review', value: (note) => (note.aiIssueCount > 0 ? `${note.aiStatus} (${note.aiIssueCount})` : note.aiStatus) },
    { label: 'Provider', value: (note) => (note.assignedProviders[0] ? nameOf(note.assignedProviders[0]) : null) },
    { label: 'Facility', value: (note) => note.facility?.name },
  ],
  tasks: [
    { label: 'Created', value: (task) => dateTime(task.createdAt) },
    { label: 'Status', value: (task) => task.status },
    { label: 'Sync', value: (task) => task.syncStatus },
    { label: 'Task', value: (task) => (task.notes.length > 60 ? `${task.notes.slice(0, 59)}…` : task.notes) },
    { label: 'Assigned to', value: (task) => task.assignedProviders.map(nameOf).join(', ') || null },
  ],
  products: [
    { label: 'Name', value: (product) => product.name },
    { label: 'Type', value: (product) => product.type },
    { label: 'GTIN', value: (product) => product.gtin },
    { label: 'NDC', value: (product) => product.ndc },
    { label: 'Manufacturer', value: (product) => product.manufacturer },
    { label: 'Archived', value: (product) => (product.archivedAt ? dateTime(product.archivedAt) : null) },
  ],
  inventoryChanges: [
    { label: 'Created (UTC)', value: (change) => dateTime(change.createdAt) },
    { label: 'Name', value: (change) => change.name },
    { label: 'Type', value: (change) => change.type },
    { label: 'Status', value: (change) => change.status },
    { label: 'Items', value: (change) => change.itemCount },
    { label: 'Facility', value: (change) => change.facilityId },
  ],
};

/** The resources, in the order of the tabs. */
export const RESOURCES = /** @type {Resource[]} */ (Object.keys(COLUMNS));
