import type { SandboxConfig } from '../settings/schema.js';

/** `127.x.x.x`: the whole block is loopback, not only 127.0.0.1. */
const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const IPV6_LOOPBACK = new Set(['::1', '0:0:0:0:0:0:0:1']);

/**
 * Whether only this machine can reach `host`. Anything else (0.0.0.0, ::, a LAN address, a
 * hostname that may resolve to one) counts as the network: a false alarm is cheaper than silence.
 */
export function isLoopbackHost(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (IPV4_LOOPBACK.test(name)) return true;
  if (name.startsWith('::ffff:')) return IPV4_LOOPBACK.test(name.slice('::ffff:'.length));
  return IPV6_LOOPBACK.has(name);
}

/**
 * The warning to print at start when `/_sandbox` is open to anyone who reaches the port (every key
 * secret through `GET /_sandbox/fixtures`, reset, faults): listening beyond loopback with no admin
 * token, as the Docker image does by default. Null when there is nothing to say.
 */
export function adminExposureWarning(config: Pick<SandboxConfig, 'host' | 'adminToken'>): string | null {
  if (config.adminToken) return null;
  if (isLoopbackHost(config.host)) return null;
  return [
    `max-sandbox: WARNING: listening on ${config.host.trim()} with no admin token: anyone who can reach this port can`,
    '  read every key secret (GET /_sandbox/fixtures), create keys, reset the sandbox and inject faults.',
    '  Set --admin-token or MAX_SANDBOX_ADMIN_TOKEN (then /_sandbox needs X-Sandbox-Admin-Token),',
    '  or listen on 127.0.0.1 (--host / HOST).',
  ].join('\n');
}
