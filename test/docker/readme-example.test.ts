import { expect, it } from 'vitest';
import { MaxSandboxContainer } from 'max-sandbox/testcontainers';

it('stops calling the API once its key is revoked', async () => {
  await using sandbox = await new MaxSandboxContainer().withSeed('my-suite').start();
  const listPatients = () =>
    fetch(`${sandbox.baseUrl}/v3/patients?pageSize=10`, {
      headers: { Authorization: `Bearer ${sandbox.keys.fullAccess.key}`, 'X-Organization-Id': sandbox.clinics.sunrise.id },
    });

  expect((await listPatients()).status).toBe(200);
  await sandbox.admin.revokeKey(sandbox.keys.fullAccess.id);
  const response = await listPatients();
  expect(response.status).toBe(401);
  expect(response.headers.get('X-Sandbox-Reason')).toBe('revoked_key');
});

// ---- Above: the README's "Docker and testcontainers" example, verbatim (test/docker/readme.test.ts
// checks it). Below, not in the README: build the image it starts, and skip it without a Docker
// engine (fail under CI=true), as the other Docker suites do.
import { beforeAll, beforeEach } from 'vitest';
import { BUILD_TIMEOUT_MS, DOCKER_SKIP_MESSAGE, buildImage, requireDocker, runDockerSuites, warnIfReaperCannotStart } from './support/docker.js';

beforeAll(async () => {
  if (!runDockerSuites) return;
  requireDocker();
  await Promise.all([buildImage(), warnIfReaperCannotStart()]);
}, BUILD_TIMEOUT_MS);
beforeEach((context) => context.skip(!runDockerSuites, DOCKER_SKIP_MESSAGE));
