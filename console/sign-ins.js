// @ts-check
/** Recent sign-ins: consents, denials and code exchanges of Sign in with Max AI (`/oauth/authorize`). */
import { byId, dateTime, fill, h } from './dom.js';
import { pollPanel } from './poll.js';

/** @typedef {import('../src/contract/schemas.js').SandboxSignIn} SignIn */

const SIGN_INS_POLL_MS = 3000;

/** What each outcome reads as. */
const OUTCOMES = {
  code_issued: 'allowed: code issued',
  denied: 'denied',
  token_issued: 'code exchanged: id token issued',
  token_refused: 'exchange refused',
};

export function startSignIns() {
  pollPanel(
    SIGN_INS_POLL_MS,
    '/_sandbox/oauth/sign-ins',
    (/** @type {{ signIns: SignIn[] }} */ { signIns }) => JSON.stringify(signIns),
    ({ signIns }) => draw(signIns),
  );
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
