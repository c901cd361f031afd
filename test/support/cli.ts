import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface RunningCli {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** What it wrote to stderr alone. */
  errors: () => string;
  /** Sends `signal` and resolves with the exit code and how long the exit took. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; ms: number }>;
}

export interface StartCliOptions {
  /** `--host`; null passes none (and no `HOST`), so the CLI's default applies. Default 127.0.0.1. */
  host?: string | null;
}

/** Starts the built CLI on an ephemeral port (loopback unless told) and waits for its URL line. */
export function startCli(
  args: string[] = [],
  env: Record<string, string> = {},
  options: StartCliOptions = {},
): Promise<RunningCli> {
  const host = options.host === undefined ? '127.0.0.1' : options.host;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (host === null) delete childEnv.HOST;
  const child = spawn(process.execPath, [CLI, '--port', '0', ...(host === null ? [] : ['--host', host]), ...args], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => {
    output += chunk;
    errors += chunk;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the CLI did not start in time:\n${output}`)), 15_000);
    const onData = () => {
      // On every address (0.0.0.0) it is reached through loopback too.
      const match = /listening on http:\/\/(?:127\.0\.0\.1|0\.0\.0\.0):(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve({
        child,
        url: `http://127.0.0.1:${match[1]}`,
        output: () => output,
        errors: () => errors,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            const started = Date.now();
            if (child.exitCode !== null) return done({ code: child.exitCode, ms: 0 });
            child.once('exit', (code) => done({ code, ms: Date.now() - started }));
            child.kill(signal);
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the CLI exited with ${code}:\n${output}`));
    });
  });
}

/** Runs the CLI to completion (for --help and start-up failures). */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
