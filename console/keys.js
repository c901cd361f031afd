// @ts-check
/**
 * The keys: each one's state, scopes, secret and a ready curl line, and the actions that flip
 * them (revoke, expire, rotate) or make new ones.
 */
import { adminCall, segment } from './api.js';
import { copyText } from './clipboard.js';
import { field, formDialog, scopeChecklist } from './dialogs.js';
import { byId, dateTime, fill, h, setOptions } from './dom.js';
import { hasEveryScope, SCOPES } from './scopes.js';
import { act, currentWorld, onWorld } from './world.js';

/** @typedef {import('./world.js').World} World */
/** @typedef {import('../src/contract/schemas.js').SandboxKey} Key */
/** @typedef {import('../src/contract/schemas.js').SandboxClock} Clock */

/** What each state means for the app's next call. */
const STATE_HINT = {
  active: 'works',
  revoked: '401 revoked_key',
  expired: '401 expired_key',
  not_yet_valid: '401 key_not_yet_valid',
};

/**
 * What the app's next call with this key gets on this sandbox: a key of the other environment is
 * refused for that alone (401 wrong_environment), whatever its own state.
 *
 * @param {World} world
 * @param {Key} key
 */
const nextCall = (world, key) => (key.environment === world.environment ? STATE_HINT[key.status] : '401 wrong_environment');

/** The key created last: its row is scrolled to and flashed once it shows. */
let justMade = '';

export function startKeys() {
  const redraw = () => {
    const world = currentWorld();
    if (world) drawKeys(world);
  };
  byId('key-environment', HTMLSelectElement).addEventListener('change', redraw);
  byId('curl-clinic', HTMLSelectElement).addEventListener('change', redraw);
  byId('new-key', HTMLButtonElement).addEventListener('click', () => void newKey());
  onWorld(drawKeys);
}

/** @param {World} world */
function drawKeys(world) {
  const clinicSelect = byId('curl-clinic', HTMLSelectElement);
  setOptions(
    clinicSelect,
    world.organizations.map((clinic) => ({ value: clinic.id, label: clinic.name })),
  );
  const environment = byId('key-environment', HTMLSelectElement).value;
  const keys = world.keys.filter((key) => environment === 'all' || key.environment === environment);
  fill(
    byId('key-list', HTMLElement),
    keys.length === 0 ? h('p', { class: 'empty' }, 'No keys.') : keys.map((key) => keyRow(world, key, clinicSelect.value)),
  );
  if (justMade) {
    const row = document.querySelector(`[data-key-id="${CSS.escape(justMade)}"]`);
    if (row) {
      justMade = '';
      row.classList.add('fresh');
      row.scrollIntoView({ block: 'center' });
    }
  }
}

/**
 * The app's call with this key at that clinic, as one line for any shell, on this page's origin.
 *
 * @param {Key} key
 * @param {string} clinicId
 */
export const curlLine = (key, clinicId) =>
  `curl -H 'Authorization: Bearer ${key.key}' -H 'X-Organization-Id: ${clinicId}' ${location.origin}/v3/patients`;

/**
 * @param {World} world
 * @param {Key} key
 * @param {string} clinicId
 */
function keyRow(world, key, clinicId) {
  const app = world.apps.find((candidate) => candidate.id === key.appId);
  // A staging key on a production sandbox (or the reverse) is refused here, whatever its own state.
  const elsewhere = key.environment !== world.environment;
  const curl = curlLine(key, clinicId);
  /** @param {string} action @param {string} label @param {string} text */
  const copyButton = (action, label, text) => {
    const button = h('button', { type: 'button', class: 'small', 'data-action': action }, label);
    button.addEventListener('click', () => void copyText(text, button));
    return button;
  };
  return h(
    'article',
    {
      class: 'key',
      'data-key-id': key.id,
      'data-status': key.status,
      'data-environment': key.environment,
      'data-refused': elsewhere ? 'wrong_environment' : undefined,
    },
    h(
      'div',
      { class: 'key-head' },
      elsewhere
        ? h(
            'span',
            {
              class: 'state state-other-environment',
              title: `A ${key.environment} key (${key.status.replaceAll('_', ' ')} there): this ${world.environment} sandbox answers it 401 wrong_environment`,
            },
            'other env',
          )
        : h('span', { class: `state state-${key.status}`, title: STATE_HINT[key.status] }, key.status.replaceAll('_', ' ')),
      h('code', { class: 'key-id' }, key.id),
      h(
        'span',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            'data-action': 'revoke',
            disabled: key.status === 'revoked',
            onclick: () => void flip(key, 'revoke'),
          },
          'Revoke',
        ),
        h(
          'button',
          {
            type: 'button',
            'data-action': 'expire',
            disabled: key.status === 'expired' || key.status === 'revoked',
            onclick: () => void flip(key, 'expire'),
          },
          'Expire',
        ),
        h('button', { type: 'button', 'data-action': 'rotate', onclick: () => void rotate(key) }, 'Rotate…'),
      ),
    ),
    h(
      'p',
      { class: 'key-about' },
      h('strong', {}, key.type === 'account' ? 'Account API key' : (app?.name ?? key.appId)),
      ` · ${key.environment}`,
      elsewhere && h('span', { class: 'refused-here' }, ` (refused here: 401 wrong_environment)`),
      key.description && ` · ${key.description}`,
    ),
    keyTimes(key),
    h('ul', { class: 'chips', 'aria-label': 'Scopes' }, scopeChips(key.scopes)),
    h(
      'div',
      { class: 'curl' },
      h('code', { class: 'curl-line' }, curlParts(curl)),
      h(
        'span',
        { class: 'copy-buttons' },
        copyButton('copy-curl', 'Copy curl', curl),
        copyButton('copy-key', 'Copy key', key.key),
      ),
    ),
  );
}

/**
 * The curl line in its parts (curl with the key, the clinic header, the URL), each starting a
 * new line when it does not fit, so a narrow column breaks the line between them rather than
 * inside the clinic's header. The text stays the one line that is copied.
 *
 * @param {string} curl
 */
const curlParts = (curl) =>
  curl
    .split(/ (?=-H 'X-Organization-Id|http)/)
    .flatMap((part, index) => [index === 0 ? null : ' ', h('span', { class: 'curl-part' }, part)]);

/**
 * A chip per scope; one for "every scope" or "no scopes".
 *
 * @param {string[]} scopes
 */
function scopeChips(scopes) {
  if (scopes.length === 0) return h('li', { class: 'chip chip-off' }, 'no scopes');
  if (hasEveryScope(scopes))
    return h('li', { class: 'chip chip-every', title: scopes.join(' ') }, `every scope (${scopes.length})`);
  return scopes.map((scope) => h('li', { class: 'chip' }, scope));
}

/**
 * When the key was revoked, expires or starts working, if ever.
 *
 * @param {Key} key
 */
function keyTimes(key) {
  const times = [
    key.revokedAt && `revoked ${dateTime(key.revokedAt)}`,
    key.expiresAt && `${key.status === 'expired' ? 'expired' : 'expires'} ${dateTime(key.expiresAt)}`,
    key.notBefore && `valid from ${dateTime(key.notBefore)}`,
  ].filter(Boolean);
  return times.length > 0 && h('p', { class: 'key-times' }, `${times.join(' · ')} UTC`);
}

/**
 * @param {Key} key
 * @param {'revoke' | 'expire'} change
 */
async function flip(key, change) {
  await act(change === 'revoke' ? 'Revoke' : 'Expire', async () => {
    const changed = /** @type {Key} */ (await adminCall('POST', `/_sandbox/keys/${segment(key.id)}/${change}`));
    const world = currentWorld();
    const next = world ? nextCall(world, changed) : STATE_HINT[changed.status];
    return `${changed.id} is ${changed.status.replaceAll('_', ' ')}: its next call here gets ${next}.`;
  });
}

/** @param {Key} key */
async function rotate(key) {
  const answer = await formDialog({
    name: 'rotate',
    title: `Rotate ${key.id}`,
    intro: 'A new secret. The old one keeps working for the grace period, then gets 401 unknown_key.',
    fields: [
      field(
        'Grace period (seconds)',
        h('input', { name: 'grace', type: 'number', min: 0, max: 2592000, value: 0, required: true }),
      ),
    ],
    submit: 'Rotate',
  });
  if (!answer) return;
  const gracePeriodSeconds = Number(answer.data.get('grace'));
  await act('Rotate', async () => {
    const rotated = /** @type {Key} */ (
      await adminCall('POST', `/_sandbox/keys/${segment(key.id)}/rotate`, { gracePeriodSeconds })
    );
    const until = rotated.previousKeyValidUntil;
    return `${rotated.id} has a new secret; the old one ${until ? `works until ${dateTime(until)} UTC` : 'stopped working'}.`;
  });
}

async function newKey() {
  const world = currentWorld();
  if (!world) return;
  const answer = await formDialog({
    name: 'new-key',
    title: 'New data key',
    fields: [
      field(
        'App',
        h(
          'select',
          { name: 'app' },
          world.apps.map((app) => h('option', { value: app.id }, app.name)),
        ),
      ),
      field(
        'Environment',
        h(
          'select',
          { name: 'environment' },
          h('option', { value: '' }, "the sandbox's"),
          h('option', { value: 'production' }, 'production (max_prd_ak_)'),
          h('option', { value: 'staging' }, 'staging (max_dev_ak_)'),
        ),
      ),
      scopeChecklist(SCOPES, new Set(SCOPES)),
      field('Description', h('input', { name: 'description', maxlength: 500 })),
      field(
        'Expires in (minutes)',
        h('input', { name: 'expiresIn', type: 'number', min: 1 }),
        "On the sandbox's clock; empty: never.",
      ),
    ],
    submit: 'Create key',
  });
  if (!answer) return;
  const { data } = answer;
  /** @type {import('../src/contract/schemas.js').CreateKeyInput} */
  const body = {
    appId: String(data.get('app')),
    scopes: /** @type {import('../src/contract/schemas.js').CreateKeyInput['scopes']} */ (data.getAll('scope').map(String)),
  };
  const environment = String(data.get('environment') ?? '');
  if (environment === 'production' || environment === 'staging') body.environment = environment;
  const description = String(data.get('description') ?? '').trim();
  if (description !== '') body.description = description;
  const expiresIn = Number(data.get('expiresIn') || 0);
  await act('New key', async () => {
    if (expiresIn > 0) {
      // The sandbox's clock, not this browser's: it may have been moved or frozen.
      const clock = /** @type {Clock} */ (await adminCall('GET', '/_sandbox/clock'));
      body.expiresAt = new Date(Date.parse(clock.now) + expiresIn * 60_000).toISOString();
    }
    const key = /** @type {Key} */ (await adminCall('POST', '/_sandbox/keys', body));
    justMade = key.id;
    return `Created ${key.id}.`;
  });
}
