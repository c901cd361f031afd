// @ts-check
/**
 * The admin token, when the sandbox was started with one. The page never carries it: the server
 * serves the same bytes to everyone. It is asked for when the admin API answers 401
 * `admin_token_required`, and kept in this tab's sessionStorage, so a reload does not ask again
 * and closing the tab forgets it.
 */
import { byId } from './dom.js';

const STORAGE_KEY = 'max-sandbox.admin-token';

/** The person at the console would rather not enter the token now. */
export class AdminTokenNeeded extends Error {
  constructor() {
    super('This sandbox needs its admin token.');
    this.name = 'AdminTokenNeeded';
  }
}

/** @type {string | null} */
let token = sessionStorage.getItem(STORAGE_KEY);
/**
 * While the dialog is open: settles when it closes. Every call waiting for a token shares it.
 *
 * @type {Promise<void> | null}
 */
let asking = null;
let declined = false;
/** @type {((state: TokenState) => void)[]} */
const listeners = [];

/**
 * `none`: no token known, none asked for (an open sandbox); `asking`: the dialog is open;
 * `needed`: the person declined; `set`: a token is kept.
 *
 * @typedef {'none' | 'asking' | 'needed' | 'set'} TokenState
 */

/** @returns {TokenState} */
const state = () => (asking ? 'asking' : token !== null ? 'set' : declined ? 'needed' : 'none');

/** @param {(state: TokenState) => void} listener */
export function onTokenState(listener) {
  listeners.push(listener);
  listener(state());
}

const changed = () => {
  for (const listener of listeners) listener(state());
};

/**
 * The token to send now (null: none known yet). Waits while the dialog is open; throws
 * AdminTokenNeeded after the person declined, so polls stop calling until they enter it.
 */
export async function currentToken() {
  if (asking) await asking;
  if (declined) throw new AdminTokenNeeded();
  return token;
}

/**
 * The admin API refused `sent`. Asks for the token, unless another call already got a new one
 * since `sent` left: then the caller just retries with it.
 *
 * @param {string | null} sent
 */
export function tokenRefused(sent) {
  if (asking) return asking;
  if (sent !== token) return Promise.resolve();
  const refused = token !== null;
  if (refused) store(null);
  return ask(refused);
}

/** Opens the dialog again after the person declined (the header's button). */
export function askForToken() {
  declined = false;
  return asking ?? ask(false);
}

/** Forgets the token: the next admin call asks for it again. */
export function forgetToken() {
  store(null);
}

/** @param {string | null} value */
function store(value) {
  token = value;
  if (value === null) sessionStorage.removeItem(STORAGE_KEY);
  else sessionStorage.setItem(STORAGE_KEY, value);
  changed();
}

/**
 * @param {boolean} refused whether the sandbox just refused the token that was stored
 * @returns {Promise<void>}
 */
function ask(refused) {
  const dialog = byId('token-dialog', HTMLDialogElement);
  const form = byId('token-form', HTMLFormElement);
  const input = byId('token-input', HTMLInputElement);
  const notNow = byId('token-cancel', HTMLButtonElement);
  byId('token-refused', HTMLElement).hidden = !refused;
  input.value = '';
  asking = new Promise((resolve) => {
    const close = () => {
      form.removeEventListener('submit', submit);
      dialog.removeEventListener('close', cancel);
      notNow.removeEventListener('click', closeDialog);
      asking = null;
      resolve();
      changed();
    };
    /** @param {SubmitEvent} event */
    const submit = (event) => {
      event.preventDefault();
      const value = input.value.trim();
      if (value === '') return;
      declined = false;
      store(value);
      close();
      dialog.close();
    };
    const cancel = () => {
      declined = true;
      close();
    };
    const closeDialog = () => dialog.close();
    form.addEventListener('submit', submit);
    // Escape, or the "Not now" button: both close the dialog.
    dialog.addEventListener('close', cancel);
    notNow.addEventListener('click', closeDialog);
    dialog.showModal();
    input.focus();
  });
  changed();
  return asking;
}
