// @ts-check
/**
 * The demo console: which clinics installed which apps, the keys and their states, the live
 * request journal, the outbox, coverage and each clinic's records, all through the admin API of the
 * sandbox that served this page.
 */
import { askForToken, forgetToken, onTokenState } from './admin-token.js';
import { adminCall } from './api.js';
import { startClinics } from './clinics.js';
import { startCoverage } from './coverage.js';
import { confirmDialog } from './dialogs.js';
import { byId } from './dom.js';
import { startEmails } from './emails.js';
import { showLink } from './feedback.js';
import { startJournal } from './journal.js';
import { startKeys } from './keys.js';
import { startRecords } from './records.js';
import { startSignIns } from './sign-ins.js';
import { act, refreshWorld, startWorld } from './world.js';

function startHeader() {
  const tokenButton = byId('token-button', HTMLButtonElement);
  onTokenState((state) => {
    if (state === 'asking' || state === 'needed') showLink('token');
    // Shown once a token is known or wanted; a sandbox without one never shows it.
    tokenButton.hidden = state === 'none' || state === 'asking';
    tokenButton.textContent = state === 'set' ? 'Forget admin token' : 'Enter admin token';
    tokenButton.dataset.state = state;
  });
  tokenButton.addEventListener('click', async () => {
    if (tokenButton.dataset.state === 'set') forgetToken();
    else await askForToken();
    await refreshWorld();
  });
  byId('reset', HTMLButtonElement).addEventListener('click', async () => {
    const sure = await confirmDialog(
      'Reset the sandbox?',
      'Back to the seeded world: keys, grants, throwaway clinics, faults, clock, journal, outbox, rate limits and coverage. ' +
        'Everyone using this sandbox sees it.',
      'Reset',
    );
    if (!sure) return;
    await act('Reset', async () => {
      await adminCall('POST', '/_sandbox/reset');
      return 'The sandbox is back to its seeded world.';
    });
  });
}

startHeader();
startClinics();
startKeys();
startJournal();
startRecords();
startEmails();
startSignIns();
startCoverage();
startWorld();
