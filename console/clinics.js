// @ts-check
/**
 * The clinics: which apps each installed with which grants, and the actions on them (change
 * grants, install, uninstall, a throwaway clinic, delete it).
 */
import { adminCall, segment } from './api.js';
import { confirmDialog, field, formDialog, scopeChecklist } from './dialogs.js';
import { byId, fill, h } from './dom.js';
import { showRecordsOf } from './records.js';
import { hasEveryScope, SCOPES } from './scopes.js';
import { act, onWorld } from './world.js';

/** @typedef {import('./world.js').World} World */
/** @typedef {World['organizations'][number]} Clinic */
/** @typedef {World['apps'][number]} App */
/** @typedef {World['installations'][number]} Installation */

export function startClinics() {
  onWorld(drawClinics);
  byId('new-clinic', HTMLButtonElement).addEventListener('click', () => void newClinic());
}

/** @param {World} world */
function drawClinics(world) {
  fill(
    byId('clinic-list', HTMLElement),
    world.organizations.map((clinic) => clinicCard(world, clinic)),
  );
}

/**
 * @param {World} world
 * @param {Clinic} clinic
 */
function clinicCard(world, clinic) {
  const installations = world.installations.filter((installation) => installation.organizationId === clinic.id);
  const notInstalled = world.apps.filter((app) => !installations.some((installation) => installation.appId === app.id));
  return h(
    'article',
    { class: 'clinic', 'data-clinic-id': clinic.id },
    h('header', {}, h('h3', {}, clinic.name), clinic.throwaway && h('span', { class: 'badge' }, 'throwaway')),
    h('code', { class: 'id' }, clinic.id),
    clinic.description && h('p', { class: 'muted' }, clinic.description),
    installations.length === 0
      ? h('p', { class: 'empty' }, 'No app installed: every key is 403 here.')
      : installations.map((installation) => installationView(world, clinic, installation)),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onclick: () => showRecordsOf(clinic.id) }, 'Records'),
      notInstalled.length > 0 &&
        h(
          'button',
          { type: 'button', 'data-action': 'install', onclick: () => void install(clinic, notInstalled) },
          'Install app…',
        ),
      clinic.throwaway && h('button', { type: 'button', class: 'danger', onclick: () => void deleteClinic(clinic) }, 'Delete'),
    ),
  );
}

/**
 * An installed app and its grants: granted scopes, then the ones it did not grant, struck out.
 *
 * @param {World} world
 * @param {Clinic} clinic
 * @param {Installation} installation
 */
function installationView(world, clinic, installation) {
  const app = world.apps.find((candidate) => candidate.id === installation.appId);
  const granted = new Set(installation.grantedScopes);
  const extra = installation.grantedScopes.filter((scope) => !SCOPES.includes(scope));
  return h(
    'div',
    { class: 'installation', 'data-app-id': installation.appId },
    h(
      'div',
      { class: 'installation-head' },
      h('strong', {}, app?.name ?? installation.appId),
      app &&
        h(
          'button',
          { type: 'button', class: 'small', 'data-action': 'grants', onclick: () => void editGrants(clinic, app, installation) },
          'Grants…',
        ),
    ),
    h(
      'ul',
      { class: 'chips', 'aria-label': 'Granted scopes' },
      hasEveryScope(installation.grantedScopes) && extra.length === 0
        ? h('li', { class: 'chip chip-every', title: installation.grantedScopes.join(' ') }, `every scope (${SCOPES.length})`)
        : [...SCOPES, ...extra].map((scope) =>
            h(
              'li',
              { class: granted.has(scope) ? 'chip' : 'chip chip-off', title: granted.has(scope) ? 'granted' : 'not granted' },
              scope,
            ),
          ),
    ),
  );
}

/**
 * Changes what a clinic granted an installed app, or uninstalls it.
 *
 * @param {Clinic} clinic
 * @param {App} app
 * @param {Installation} installation
 */
async function editGrants(clinic, app, installation) {
  const answer = await formDialog({
    name: 'grants',
    title: `${app.name} at ${clinic.name}`,
    intro: 'A key of this app reaches here only the scopes it has and the clinic granted; the next call shows it.',
    fields: [scopeChecklist(SCOPES, new Set(installation.grantedScopes))],
    submit: 'Save grants',
    extra: [{ action: 'uninstall', label: 'Uninstall' }],
  });
  if (!answer) return;
  if (answer.action === 'uninstall') {
    await act('Uninstall', async () => {
      await adminCall('DELETE', `/_sandbox/installations/${segment(app.id)}/${segment(clinic.id)}`);
      return `${app.name} is uninstalled at ${clinic.name}: its keys get 403 there.`;
    });
    return;
  }
  await putInstallation(clinic, app, answer.data.getAll('scope').map(String));
}

/**
 * Installs one of the apps a clinic has not installed, with the grants chosen.
 *
 * @param {Clinic} clinic
 * @param {App[]} apps
 */
async function install(clinic, apps) {
  const answer = await formDialog({
    name: 'install',
    title: `Install an app at ${clinic.name}`,
    fields: [
      field(
        'App',
        h(
          'select',
          { name: 'app' },
          apps.map((app) => h('option', { value: app.id }, app.name)),
        ),
      ),
      scopeChecklist(SCOPES, new Set(SCOPES)),
    ],
    submit: 'Install',
  });
  const app = apps.find((candidate) => candidate.id === answer?.data.get('app'));
  if (!answer || !app) return;
  await putInstallation(clinic, app, answer.data.getAll('scope').map(String));
}

/**
 * @param {Clinic} clinic
 * @param {App} app
 * @param {string[]} grantedScopes
 */
async function putInstallation(clinic, app, grantedScopes) {
  await act('Change grants', async () => {
    await adminCall('PUT', '/_sandbox/installations', { appId: app.id, organizationId: clinic.id, grantedScopes });
    return `${clinic.name} now grants ${app.name} ${grantedScopes.length} scope${grantedScopes.length === 1 ? '' : 's'}.`;
  });
}

async function newClinic() {
  const answer = await formDialog({
    name: 'new-clinic',
    title: 'New throwaway clinic',
    intro: 'Its own generated records, the Sandbox Demo App installed with every scope, and a data key. Gone at reset.',
    fields: [
      field('Name', h('input', { name: 'name', maxlength: 200, placeholder: 'Throwaway Clinic …' })),
      field('Seed', h('input', { name: 'seed', maxlength: 200, placeholder: 'random' }), 'The same seed gives the same records.'),
    ],
    submit: 'Create clinic',
  });
  if (!answer) return;
  /** @type {Record<string, string>} */
  const body = {};
  for (const name of ['name', 'seed']) {
    const value = String(answer.data.get(name) ?? '').trim();
    if (value !== '') body[name] = value;
  }
  await act('New clinic', async () => {
    const created = /** @type {import('../src/contract/schemas.js').ThrowawayOrganization} */ (
      await adminCall('POST', '/_sandbox/organizations', body)
    );
    const keys = created.keys.map((key) => key.id).join(', ');
    return `${created.organization.name} is ready${keys ? `, with the key ${keys}` : ''}.`;
  });
}

/** @param {Clinic} clinic */
async function deleteClinic(clinic) {
  const sure = await confirmDialog(
    `Delete ${clinic.name}?`,
    'Its records, installations and keys go (its keys then get 401 unknown_key).',
    'Delete clinic',
  );
  if (!sure) return;
  await act('Delete clinic', async () => {
    await adminCall('DELETE', `/_sandbox/organizations/${segment(clinic.id)}`);
    return `${clinic.name} is deleted.`;
  });
}
