import { CONSOLE_PATH } from '../pages/console.js';
import type { RunningSandbox } from '../server.js';

/** What the CLI prints at start: where it listens and the keys to try, for the active environment. */
export function startBanner(running: RunningSandbox, version: string): string {
  const { sandbox } = running;
  // Listening on every address: show a URL a person on this machine can paste.
  const url = running.url.replace(/^http:\/\/(0\.0\.0\.0|\[::\])(?=:)/, 'http://127.0.0.1');
  const { world, config } = sandbox;
  const lines = [
    `max-sandbox ${version} listening on ${running.url} (${config.environment})`,
    `  OpenAPI document: ${url}/openapi.json    fixtures: ${url}/_sandbox/fixtures`,
    `  Demo console: ${url}${CONSOLE_PATH}`,
    `  API reference (try it in a browser): ${url}/docs`,
    ...referenceDateLines(running),
    ...corsLines(running),
    '',
    '  Clinics (X-Organization-Id):',
    ...[...world.organizations.values()].map((o) => `    ${o.id}  ${o.name}`),
    '',
    `  Well-known keys (Authorization: Bearer <key>):`,
  ];
  for (const key of world.keys.values()) {
    const otherEnvironment = key.environment !== config.environment;
    // Of the other environment's keys, one is worth showing: the one that shows the 401.
    if (otherEnvironment && !key.id.endsWith('_full_access')) continue;
    const label = otherEnvironment ? `${key.id} (${key.environment}: 401 here)` : key.id;
    lines.push(`    ${label.padEnd(40)} ${key.secret}`);
  }
  lines.push(
    '',
    `  Try: curl -H "Authorization: Bearer ${firstActiveKey(running)}" -H "X-Organization-Id: ${[...world.organizations.keys()][0]}" ${url}/v3/patients?pageSize=2`,
  );
  return lines.join('\n');
}

/** The reference date, only when a setting moved it: otherwise the banner stays as it was. */
function referenceDateLines({ sandbox }: RunningSandbox): string[] {
  if (Date.parse(sandbox.referenceDate) === Date.parse(sandbox.fixtureReferenceDate)) return [];
  return [`  Records placed around ${sandbox.referenceDate} (the fixture's date: ${sandbox.fixtureReferenceDate})`];
}

/** CORS, only when a setting turned it on: who may call from a browser is worth a glance. */
function corsLines({ sandbox }: RunningSandbox): string[] {
  if (sandbox.config.cors === null) return [];
  const origins = sandbox.config.cors;
  return [`  CORS: browser pages at ${origins === '*' ? 'any origin (*)' : origins.join(', ')} may call it`];
}

function firstActiveKey({ sandbox }: RunningSandbox): string {
  for (const key of sandbox.world.keys.values()) {
    if (key.environment === sandbox.config.environment && key.type === 'data' && sandbox.world.keyStatus(key) === 'active') {
      return key.secret;
    }
  }
  return '<key>';
}
