// Baseline for bench/run.mjs: a bare node:http server that answers with
// precomputed bytes (status, content-type, body) captured from the sandbox.
// It does no routing, auth or JSON work, so it is the upper bound on what a
// Node HTTP server can do on this machine.
//
//   node bench/bare-server.mjs --port 0 --host 127.0.0.1 \
//     --body-file /tmp/body.json --content-type 'application/json' --status 200
//
// Prints `listening on http://127.0.0.1:<port>` on stdout (same as the sandbox
// CLI) and exits on SIGTERM/SIGINT.

import { readFileSync } from 'node:fs';
import http from 'node:http';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  if (i === -1) return fallback;
  const value = process.argv[i + 1];
  if (value === undefined) throw new Error(`bare-server: ${name} needs a value`);
  return value;
}

const port = Number(option('--port', '0'));
const host = option('--host', '127.0.0.1');
const bodyFile = option('--body-file');
const contentType = option('--content-type');
const status = Number(option('--status', '200'));

if (!bodyFile) {
  console.error('bare-server: --body-file is required');
  process.exit(2);
}

const body = readFileSync(bodyFile);
const headers = { 'content-length': String(body.length) };
if (contentType) headers['content-type'] = contentType;

const server = http.createServer((req, res) => {
  // Drain any request body, then send the precomputed bytes.
  req.resume();
  res.writeHead(status, headers);
  res.end(body);
});

server.listen(port, host, () => {
  const address = server.address();
  console.log(`bare node:http listening on http://${host}:${address.port}`);
});

function shutdown() {
  server.close();
  server.closeAllConnections?.();
  process.exit(0);
}
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
