// @ts-check
/** What the console tells the person at it: short notices, and whether it reaches the sandbox. */
import { AdminTokenNeeded } from './admin-token.js';
import { byId, h } from './dom.js';

const NOTICE_MS = 6000;
/** More would cover the page on a projector; the oldest goes first. */
const MOST_NOTICES = 3;

/**
 * A notice in the corner for a few seconds (errors stay until clicked).
 *
 * @param {string} text
 * @param {'ok' | 'error'} [kind]
 */
export function notify(text, kind = 'ok') {
  const notice = h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
  notice.addEventListener('click', () => notice.remove());
  const notices = byId('notices', HTMLElement);
  notices.append(notice);
  while (notices.childElementCount > MOST_NOTICES) notices.firstElementChild?.remove();
  if (kind === 'ok') setTimeout(() => notice.remove(), NOTICE_MS);
}

/**
 * Reports what went wrong with an action the person asked for.
 *
 * @param {string} action
 * @param {unknown} error
 */
export function notifyFailure(action, error) {
  if (error instanceof AdminTokenNeeded) notify(`${action}: ${error.message} Use "Enter admin token" at the top.`, 'error');
  else notify(`${action} failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
}

/**
 * Whether the console reaches the sandbox (a paused journal says so on its own button).
 *
 * @typedef {'live' | 'token' | 'offline'} Link
 */

const LINK_TEXT = {
  live: 'live',
  token: 'admin token needed',
  offline: 'sandbox unreachable',
};

/**
 * The connection light in the header, from the outcome of the last poll.
 *
 * @param {Link} link
 */
export function showLink(link) {
  const light = byId('link', HTMLElement);
  light.dataset.link = link;
  light.textContent = LINK_TEXT[link];
}

/**
 * The light for a poll that failed with `error`.
 *
 * @param {unknown} error
 */
export function showPollFailure(error) {
  showLink(error instanceof AdminTokenNeeded ? 'token' : 'offline');
}
