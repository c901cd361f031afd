// @ts-check
/** Recent sign-ins: consents, denials and code exchanges of Sign in with Max AI (`/oauth/authorize`). */
import { adminCall } from './api.js';
import { byId, dateTime, fill, h } from './dom.js';
import { showPollFailure } from './feedback.js';
import { every } from './poll.js';

/** @typedef {import('../src/contract/schemas.js').SandboxSignIn} SignIn */

const SIGN_INS_POLL_MS = 3000;

/** What each outcome reads as. */
const OUTCOMES = {
  code_issued: 'allowed: code issued',
  denied: 'denied',
  token_issued: 'code exchanged: id token issued',
  token_refused: 'exchange refused',
};

let drawn = '';

export function startSignIns() {
  every(SIGN_INS_POLL_MS, readSignIns);
}

async function readSignIns() {
  try {
    const { signIns } = /** @type {{ signIns: SignIn[] }} */ (await adminCall('GET', '/_sandbox/oauth/sign-ins'));
    const text = JSON.stringify(signIns);
    if (text === drawn) return;
    drawn = text;
    draw(signIns);
  } catch (error) {
    showPollFailure(error);
  }
}

/** @param {SignIn[]} signIns newest first */
function draw(signIns) {
  const body = byId('sign-in-rows', HTMLTableSectionElement);
  if (signIns.length === 0) {
    fill(
      body,
      h(
        'tr',
        {},
        h(
          'td',
          { colspan: 4, class: 'empty' },
          'No sign-ins yet. Send a browser to /oauth/authorize?client_id=<app slug>&redirect_uri=...&state=...',
        ),
      ),
    );
    return;
  }
  fill(
    body,
    signIns.map((signIn) =>
      h(
        'tr',
        {},
        h('td', {}, dateTime(signIn.at)),
        h('td', {}, signIn.clientId),
        h('td', {}, signIn.userId ?? ''),
        h('td', {}, signIn.reason === null ? OUTCOMES[signIn.outcome] : `${OUTCOMES[signIn.outcome]} (${signIn.reason})`),
      ),
    ),
  );
}
