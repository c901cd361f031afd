// @ts-check
/**
 * The live request journal: what the apps asked and what they got, with the precise reason of
 * each refusal, polled every second and filterable by clinic and status.
 */
import { adminCall } from './api.js';
import { confirmDialog } from './dialogs.js';
import { byId, fill, h, setOptions, timeOfDay } from './dom.js';
import { showLink, showPollFailure } from './feedback.js';
import { every } from './poll.js';
import { act, currentWorld, onWorld } from './world.js';

/** @typedef {import('../src/contract/schemas.js').JournalEntry} Entry */

const JOURNAL_POLL_MS = 1000;
/** How many of the newest matching requests are shown. */
const SHOWN = 100;

/**
 * The entries of the last draw and the query they answered: an entry not among them, under the
 * same filters, is new and flashes. Ids restart when the journal is cleared, so the time counts too.
 */
/** @type {{ query: string, entries: Set<string> }} */
let lastDraw = { query: '', entries: new Set() };
/** What was drawn last, so an unchanged journal is not drawn again. */
let drawn = '';
let paused = false;

export function startJournal() {
  const clinicFilter = byId('journal-clinic', HTMLSelectElement);
  const statusFilter = byId('journal-status', HTMLSelectElement);
  const pause = byId('journal-pause', HTMLButtonElement);
  const poller = every(JOURNAL_POLL_MS, readJournal);
  for (const filter of [clinicFilter, statusFilter]) filter.addEventListener('change', () => void poller.now());
  pause.addEventListener('click', () => {
    paused = !paused;
    pause.textContent = paused ? 'Resume' : 'Pause';
    pause.setAttribute('aria-pressed', String(paused));
    if (!paused) void poller.now();
  });
  byId('journal-clear', HTMLButtonElement).addEventListener('click', async () => {
    if (
      !(await confirmDialog(
        'Clear the request journal?',
        'Every recorded request goes, for everyone using this sandbox.',
        'Clear',
      ))
    )
      return;
    await act('Clear journal', async () => {
      await adminCall('DELETE', '/_sandbox/requests');
      await poller.now();
      return 'The journal is empty.';
    });
  });
  onWorld((world) => {
    setOptions(clinicFilter, [
      { value: '', label: 'All clinics' },
      ...world.organizations.map((clinic) => ({ value: clinic.id, label: clinic.name })),
    ]);
    // Clinic names may have changed (a throwaway clinic came or went): draw the names again.
    drawn = '';
  });
}

/** The admin API's query for the chosen filters: an exact status goes to it, a class is applied here. */
function query() {
  const params = new URLSearchParams({ limit: String(SHOWN) });
  const clinic = byId('journal-clinic', HTMLSelectElement).value;
  const status = byId('journal-status', HTMLSelectElement).value;
  if (clinic) params.set('organizationId', clinic);
  if (/^\d+$/.test(status)) params.set('status', status);
  return params;
}

/** @param {Entry} entry */
function matchesStatusClass(entry) {
  const status = byId('journal-status', HTMLSelectElement).value;
  if (!/^\dxx$/.test(status)) return true;
  return Math.floor(entry.status / 100) === Number(status[0]);
}

async function readJournal() {
  if (paused) return;
  try {
    const { requests } = /** @type {{ requests: Entry[] }} */ (await adminCall('GET', `/_sandbox/requests?${query()}`));
    showLink('live');
    draw(requests.filter(matchesStatusClass));
  } catch (error) {
    showPollFailure(error);
  }
}

/** @param {Entry[]} entries newest first */
function draw(entries) {
  const filters = query().toString();
  const text = JSON.stringify([filters, entries.map(identity)]);
  if (text === drawn) return;
  drawn = text;
  const previous = lastDraw.query === filters ? lastDraw.entries : null;
  lastDraw = { query: filters, entries: new Set(entries.map(identity)) };
  const list = byId('journal-list', HTMLElement);
  const clinics = new Map((currentWorld()?.organizations ?? []).map((clinic) => [clinic.id, clinic.name]));
  byId('journal-count', HTMLElement).textContent =
    entries.length === 0
      ? ''
      : `${entries.length === SHOWN ? `newest ${SHOWN}` : `${entries.length} request${entries.length === 1 ? '' : 's'}`} · UTC`;
  if (entries.length === 0) {
    fill(
      list,
      h('li', { class: 'empty' }, 'No requests yet. Call /v3 with one of the keys (copy a curl line) and watch it here.'),
    );
    return;
  }
  // Nothing flashes on the first draw under these filters: nothing there is "new" to the viewer.
  fill(
    list,
    entries.map((entry) => entryRow(entry, clinics, previous !== null && !previous.has(identity(entry)))),
  );
}

/** @param {Entry} entry */
const identity = (entry) => `${entry.id}@${entry.time}`;

/**
 * @param {Entry} entry
 * @param {Map<string, string>} clinics
 * @param {boolean} fresh
 */
function entryRow(entry, clinics, fresh) {
  const clinic = entry.organizationId ? (clinics.get(entry.organizationId) ?? entry.organizationId) : null;
  const target = entry.query ? `${entry.path}?${entry.query}` : entry.path;
  return h(
    'li',
    {
      class: fresh ? 'entry fresh' : 'entry',
      'data-entry-id': entry.id,
      'data-status': entry.status,
      'data-status-class': entry.status === 0 ? 'dropped' : `${Math.floor(entry.status / 100)}xx`,
    },
    h('time', { class: 'entry-time', datetime: entry.time }, timeOfDay(entry.time)),
    h('span', { class: 'entry-status' }, entry.status === 0 ? 'dropped' : entry.status),
    h('span', { class: 'entry-request' }, h('span', { class: 'method' }, entry.method), ' ', target),
    h('span', { class: 'entry-reason' }, entry.reason ?? (entry.status < 400 ? 'ok' : '')),
    h(
      'span',
      { class: 'entry-who' },
      h('span', { class: 'entry-key' }, entry.keyId ?? 'no key'),
      ' · ',
      h('span', { class: 'entry-clinic' }, clinic ?? 'no clinic'),
      entry.faultId && ` · fault ${entry.faultId}`,
      ` · ${entry.durationMs.toFixed(1)} ms`,
    ),
    entry.warning && h('span', { class: 'entry-warning' }, entry.warning),
  );
}
