// @ts-check
/**
 * The world as `/_sandbox/fixtures` shows it (clinics, apps, installations, keys and their
 * states), polled so that a key revoked from a test suite shows here too. Views subscribe and
 * redraw only when something changed.
 */
import { adminCall } from './api.js';
import { notify, notifyFailure, showLink, showPollFailure } from './feedback.js';
import { every } from './poll.js';

/** @typedef {import('../src/contract/schemas.js').SandboxFixtures} World */

const WORLD_POLL_MS = 2000;

/** @type {World | null} */
let world = null;
let seen = '';
/** @type {((world: World) => void)[]} */
const views = [];

/** @param {(world: World) => void} view */
export function onWorld(view) {
  views.push(view);
  if (world) view(world);
}

/** The world as last read, or null before the first answer. */
export const currentWorld = () => world;

/** @type {{ now(): Promise<void> } | null} */
let poller = null;

/** Starts reading the world, now and every few seconds. */
export function startWorld() {
  poller ??= every(WORLD_POLL_MS, readWorld);
}

async function readWorld() {
  try {
    const next = /** @type {World} */ (await adminCall('GET', '/_sandbox/fixtures'));
    showLink('live');
    const text = JSON.stringify(next);
    if (text === seen) return;
    seen = text;
    world = next;
    for (const view of views) view(next);
  } catch (error) {
    showPollFailure(error);
  }
}

/** Reads the world again now: after an action, so its effect shows at once. */
export const refreshWorld = () => (poller ? poller.now() : Promise.resolve());

/**
 * Runs an action of the person at the console, says how it went, and shows its effect.
 *
 * @param {string} label what the action is, for the notice if it fails
 * @param {() => Promise<string | undefined>} action answers the notice to show on success
 * @returns {Promise<boolean>} whether it succeeded
 */
export async function act(label, action) {
  try {
    const done = await action();
    await refreshWorld();
    if (done) notify(done);
    return true;
  } catch (error) {
    notifyFailure(label, error);
    return false;
  }
}
