/** The HTML of Sign in with Max AI: the consent page and the error page, nothing else. */
import type { StaffUser } from '../data/types.js';
import type { App, Organization } from '../world/world.js';
import { escapeHtml } from './html.js';

/** A clinic whose staff may sign in to the app, with the scopes it granted the app. */
export interface ConsentClinic {
  organization: Organization;
  grantedScopes: readonly string[];
  staff: readonly StaffUser[];
}

export interface ConsentView {
  app: App;
  redirectUri: string;
  state: string | null;
  formToken: string;
  clinics: readonly ConsentClinic[];
  /** Why the last submission was refused (an unknown user, a clinic the user is not staff of). */
  problem?: string;
}

const STYLE = `
:root { --ground: #eef1f5; --panel: #fff; --ink: #0f172a; --muted: #475569; --line: #cbd5e1; --accent: #1d4ed8; --bad: #b91c1c; --late: #92400e; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--ground); margin: 0; }
main { max-width: 40rem; margin: 3rem auto; padding: 1.5rem 2rem; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; }
h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
.muted { color: var(--muted); }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 0.75rem; }
label { display: block; margin: 0.2rem 0; }
.warning { color: var(--late); border-left: 4px solid var(--late); padding-left: 0.75rem; }
.problem { color: var(--bad); border-left: 4px solid var(--bad); padding-left: 0.75rem; }
.actions { display: flex; gap: 0.75rem; margin-top: 1.25rem; }
button { font: inherit; padding: 0.5rem 1.25rem; border-radius: 6px; border: 1px solid var(--line); background: var(--panel); cursor: pointer; }
button[value="allow"] { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
`;

/**
 * `same-origin` referrer policy: the form's POST still carries the page's `Origin` (with
 * `no-referrer` Chromium sends `Origin: null`, which the CSRF check refuses), and the app the
 * browser is sent back to gets no `Referer` holding the authorize request.
 */
function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(title)} · max-sandbox</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The consent page: sign in as a staff user, review the app's scopes, choose clinics, allow or deny. */
export function consentPage(view: ConsentView): string {
  const { app } = view;
  const host = new URL(view.redirectUri).host;
  const users = view.clinics
    .map(
      ({ organization, staff }) => `<fieldset><legend>${escapeHtml(organization.name)}</legend>
${staff
  .map(
    (user, index) =>
      `<label><input type="radio" name="user_id" value="${escapeHtml(user.id)}" required${index === 0 && organization === view.clinics[0]?.organization ? ' checked' : ''}> ${escapeHtml(`${user.firstName} ${user.lastName}`)} <span class="muted">(${escapeHtml(user.role)}, ${escapeHtml(user.email)})</span></label>`,
  )
  .join('\n')}
</fieldset>`,
    )
    .join('\n');
  const organizations = view.clinics
    .map(
      ({ organization, grantedScopes }) =>
        `<label><input type="checkbox" name="organization_id" value="${escapeHtml(organization.id)}" checked> ${escapeHtml(organization.name)}<span class="muted">: ${grantedScopes.map((scope) => `<code>${escapeHtml(scope)}</code>`).join(', ') || 'no scopes granted'}</span></label>`,
    )
    .join('\n');
  const body = `<h1>Sign in to ${escapeHtml(app.name)}</h1>
<p class="muted">with Max AI (sandbox): the people and clinics below are synthetic. After you decide, you go back to <code>${escapeHtml(host)}</code>.</p>
${view.state === null ? '<p class="warning">This request has no <code>state</code>. The app cannot tell this answer from one a third party started (CSRF): send a random <code>state</code> and check it on the callback.</p>' : ''}
${view.problem === undefined ? '' : `<p class="problem">${escapeHtml(view.problem)}</p>`}
<form method="post" action="authorize">
<input type="hidden" name="form_token" value="${escapeHtml(view.formToken)}">
<h2>Sign in as</h2>
${users || '<p class="problem">No clinic that installed this app has staff users.</p>'}
<h2>Organizations to authorize</h2>
<p class="muted">Only your own clinic can be authorized. ${escapeHtml(app.name)} may act there with the scopes the clinic granted:</p>
${organizations}
<div class="actions">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny" formnovalidate>Deny</button>
</div>
</form>`;
  return page(`Sign in to ${app.name}`, body);
}

/** The page for a request that cannot be answered with a redirect (RFC 6749 4.1.2.1), or a refused form. */
export function errorPage(message: string): string {
  return page(
    'Sign-in error',
    `<h1>This sign-in cannot go on</h1>
<p class="problem">${escapeHtml(message)}</p>
<p class="muted">The app that sent you here must fix its request; you were not sent back to it, because its address could not be trusted.</p>`,
  );
}
