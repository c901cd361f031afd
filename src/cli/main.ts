#!/usr/bin/env -S node --max-semi-space-size=4 --heap-growing-percent=30
import { DRAIN_DEADLINE_MS, ListenError, type RunningSandbox, startServer } from '../server.js';
import { ConfigError } from '../settings/config-error.js';
import { FixtureError } from '../world/load-fixtures.js';
import { adminExposureWarning } from './admin-exposure.js';
import { startBanner } from './banner.js';
import { runConformance } from './conformance.js';
import { CONFORMANCE_USAGE } from './conformance-options.js';
import { runCoverage } from './coverage.js';
import { COVERAGE_USAGE } from './coverage-options.js';
import { cliLogLine } from './log-line.js';
import { type ParsedCommand, parseSettings, USAGE } from './options.js';
import { VERSION } from './version.js';

/** The only impure entry: read settings, serve, and on SIGTERM/SIGINT finish the requests in flight, then exit 0. */
async function main(): Promise<void> {
  let command: ParsedCommand;
  try {
    command = parseSettings(process.argv.slice(2), process.env);
  } catch (error) {
    // One line per bad setting, each with the program's name, as for a single one.
    if (error instanceof ConfigError) fail(error.problems.join('\nmax-sandbox: '), 2);
    throw error;
  }
  if (command.kind === 'help') return void console.log(USAGE);
  if (command.kind === 'version') return void console.log(VERSION);
  if (command.kind === 'conformance-help') return void console.log(CONFORMANCE_USAGE);
  if (command.kind === 'coverage-help') return void console.log(COVERAGE_USAGE);
  if (command.kind === 'coverage') {
    let code: number;
    try {
      code = await runCoverage(command.settings);
    } catch (error) {
      fail((error as Error).message, 1);
    }
    process.exit(code);
  }
  if (command.kind === 'conformance') {
    let code: number;
    try {
      code = await runConformance(command.settings);
    } catch (error) {
      fail((error as Error).message, 1);
    }
    // Exit at once: the undici keep-alive sockets would otherwise hold the process a few seconds.
    process.exit(code);
  }

  let running: RunningSandbox;
  try {
    running = await startServer({ config: command.config });
  } catch (error) {
    if (error instanceof FixtureError) fail(`broken fixture: ${error.message}`, 1);
    if (error instanceof ListenError && error.code === 'EADDRINUSE') fail(portInUse(error), 1);
    fail((error as Error).message, 1);
  }
  const { logFormat, environment } = command.config;
  // As JSON, one line instead of the banner: its keys and curl example are for a person, and are
  // in GET /_sandbox/fixtures; the URL stays in the message, where tools look for it.
  console.log(
    logFormat === 'json'
      ? cliLogLine('json', 'info', `max-sandbox ${VERSION} listening on ${running.url} (${environment})`, {
          version: VERSION,
          url: running.url,
          environment,
        })
      : startBanner(running, VERSION),
  );
  // On stderr, after the banner: the last lines a person or a log collector sees.
  const warning = adminExposureWarning(command.config);
  if (warning) console.error(cliLogLine(logFormat, 'warn', warning));

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(
      cliLogLine(
        logFormat,
        'info',
        `max-sandbox: ${signal}, closing (requests in flight get ${DRAIN_DEADLINE_MS / 1000} s to finish)`,
      ),
    );
    // close() cuts what still runs at its deadline; this is only for a close that never settles.
    setTimeout(() => process.exit(0), DRAIN_DEADLINE_MS + 500).unref();
    running.close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/** Names the port, who may hold it, and the setting that moves the sandbox elsewhere. */
function portInUse({ host, port }: ListenError): string {
  return (
    `port ${port} on ${host} is in use (another server, or a max-sandbox already running). ` +
    `Choose another with --port <number> or PORT=<number>; --port 0 picks a free one.`
  );
}

function fail(message: string, code: number): never {
  console.error(`max-sandbox: ${message}`);
  process.exit(code);
}

await main();
