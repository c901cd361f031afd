// @ts-check
/**
 * A browser of each clinic's records, page by page, through
 * `GET /_sandbox/organizations/{id}/{resource}` (the `/v3` list envelope, no key needed).
 */
import { adminError, adminFetch, segment } from './api.js';
import { jsonDialog } from './dialogs.js';
import { byId, fill, h, opensOnClick, setOptions } from './dom.js';
import { COLUMNS, RESOURCES } from './record-columns.js';
import { onWorld } from './world.js';

/** @typedef {import('./record-columns.js').Resource} Resource */
/** @typedef {{ page: number, pageSize: number, totalCount: number, totalPages: number }} Pagination */

const PAGE_SIZE = 25;

/** What is shown: changed by the controls, read by `load`. */
const shown = { clinicId: '', resource: /** @type {Resource} */ ('patients'), page: 1 };
/** Bumped by each load: an answer to an older one is dropped. */
let generation = 0;

export function startRecords() {
  fill(
    byId('record-tabs', HTMLElement),
    RESOURCES.map((resource) =>
      h(
        'button',
        { type: 'button', role: 'tab', 'data-resource': resource, onclick: () => show({ resource, page: 1 }) },
        resource,
      ),
    ),
  );
  const clinicSelect = byId('record-clinic', HTMLSelectElement);
  clinicSelect.addEventListener('change', () => show({ clinicId: clinicSelect.value, page: 1 }));
  byId('record-previous', HTMLButtonElement).addEventListener('click', () => show({ page: shown.page - 1 }));
  byId('record-next', HTMLButtonElement).addEventListener('click', () => show({ page: shown.page + 1 }));
  onWorld((world) => {
    setOptions(
      clinicSelect,
      world.organizations.map((clinic) => ({ value: clinic.id, label: clinic.name })),
    );
    // The first clinic at first, and again when the one shown is gone (a deleted throwaway clinic).
    if (clinicSelect.value !== shown.clinicId) show({ clinicId: clinicSelect.value, page: 1 });
  });
}

/**
 * Shows a clinic's records (a clinic card's "Records" button).
 *
 * @param {string} clinicId
 */
export function showRecordsOf(clinicId) {
  show({ clinicId, page: 1 });
  byId('records', HTMLElement).scrollIntoView({ block: 'start' });
}

/** @param {Partial<typeof shown>} change */
function show(change) {
  Object.assign(shown, change);
  byId('record-clinic', HTMLSelectElement).value = shown.clinicId;
  for (const tab of byId('record-tabs', HTMLElement).querySelectorAll('button')) {
    tab.setAttribute('aria-selected', String(tab.dataset.resource === shown.resource));
  }
  void load();
}

async function load() {
  const { clinicId, resource, page } = shown;
  if (!clinicId) return;
  const mine = ++generation;
  const path = `/_sandbox/organizations/${segment(clinicId)}/${resource}?page=${page}&pageSize=${PAGE_SIZE}`;
  pager(null);
  message('Loading…');
  try {
    const response = await adminFetch('GET', path);
    if (mine !== generation) return;
    if (response.status === 404 && response.headers.get('X-Sandbox-Reason') === 'route_not_found') {
      message(
        `This sandbox cannot list records yet: GET /_sandbox/organizations/{id}/${resource} answers 404 route_not_found. ` +
          'The records browser works once the sandbox has that route.',
        'notice',
      );
      return;
    }
    if (!response.ok) throw await adminError(response);
    const { data } = await response.json();
    if (mine !== generation) return;
    drawTable(resource, data[resource], data.pagination);
  } catch (error) {
    if (mine === generation)
      message(`Cannot list ${resource}: ${error instanceof Error ? error.message : String(error)}`, 'notice');
  }
}

/**
 * @param {string} text
 * @param {'plain' | 'notice'} [kind]
 */
function message(text, kind = 'plain') {
  fill(
    byId('record-table', HTMLElement),
    h('p', { class: kind === 'notice' ? 'records-message notice-box' : 'records-message' }, text),
  );
}

/**
 * @param {Resource} resource
 * @param {any[]} records
 * @param {Pagination} pagination
 */
function drawTable(resource, records, pagination) {
  pager(pagination);
  if (records.length === 0) {
    message(pagination.totalCount === 0 ? `This clinic has no ${resource}.` : 'No records on this page.');
    return;
  }
  /** @type {import('./record-columns.js').Column<any>[]} */
  const columns = COLUMNS[resource];
  fill(
    byId('record-table', HTMLElement),
    h(
      'table',
      { class: 'records' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map((column) => h('th', { scope: 'col' }, column.label)),
        ),
      ),
      h(
        'tbody',
        {},
        records.map((record) =>
          h(
            'tr',
            { ...opensOnClick(() => jsonDialog(`${resource} · ${record.id}`, record)), 'data-record-id': record.id },
            columns.map((column) => h('td', {}, cellText(column.value(record)))),
          ),
        ),
      ),
    ),
  );
}

/** @param {import('./record-columns.js').Cell} value */
const cellText = (value) => (value === null || value === undefined || value === '' ? '—' : String(value));

/** @param {Pagination | null} pagination null while loading */
function pager(pagination) {
  const previous = byId('record-previous', HTMLButtonElement);
  const next = byId('record-next', HTMLButtonElement);
  previous.disabled = !pagination || pagination.page <= 1;
  next.disabled = !pagination || pagination.page >= pagination.totalPages;
  byId('record-page', HTMLElement).textContent = pagination
    ? `page ${pagination.page} of ${Math.max(pagination.totalPages, 1)} · ${pagination.totalCount} ${shown.resource}`
    : '';
}
