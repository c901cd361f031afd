import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRequest, sendAndCheck } from './support/fuzz-check.js';
import { documentOperations, type FuzzRequest, type FuzzWorld, fuzzRequest } from './support/fuzz-requests.js';
import { gatherWorld } from './support/fuzz-world.js';
import { createTestSandbox } from './support/sandbox.js';

// Bounded for the normal suite: a few hundred runs per property, seconds in all. `npm run fuzz`
// is the long run. FUZZ_SEED replays a failure that fast-check reported.
const RUNS = 300;
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

// A high rate limit: the fuzzer is one client sending thousands of requests, and a 429 from the
// limiter would stop it from reaching the handlers it is here to break.
const { app, sandbox } = createTestSandbox({ rateLimit: 1_000_000 });
let world: FuzzWorld;

beforeAll(async () => {
  world = await gatherWorld(app);
});

/**
 * Sends a short sequence from a freshly reset sandbox, so that a key created, a clock moved or a
 * fault injected by one request meets the next, and no run inherits another's state.
 */
async function holdsTheContract(requests: FuzzRequest[]): Promise<void> {
  sandbox.reset();
  for (const request of requests) {
    const outcome = await sendAndCheck(app, sandbox.spec, request);
    if (outcome.violation) throw new Error(`${outcome.violation}\n  after ${describeRequest(request)}`);
  }
}

function property(requests: fc.Arbitrary<FuzzRequest>) {
  return fc.assert(fc.asyncProperty(fc.array(requests, { minLength: 1, maxLength: 3 }), holdsTheContract), {
    numRuns: RUNS,
    ...(SEED === undefined ? {} : { seed: SEED }),
  });
}

describe('fuzzing every operation of the document: no 5xx, no throw, every error the documented body', () => {
  it('covers every operation of the document', () => {
    expect(documentOperations(sandbox.spec).length).toBeGreaterThan(40);
  });

  it('/v3 operations', async () => {
    const v3 = (request: FuzzRequest) => request.url.startsWith('/v3');
    await property(fuzzRequest(sandbox.spec, world).filter(v3));
  }, 60_000);

  it('/_sandbox operations', async () => {
    const admin = (request: FuzzRequest) => !request.url.startsWith('/v3');
    await property(fuzzRequest(sandbox.spec, world).filter(admin));
  }, 60_000);

  it('any operation, in sequences that mix both', async () => {
    await property(fuzzRequest(sandbox.spec, world));
  }, 60_000);
});
