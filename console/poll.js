// @ts-check
import { adminCall } from './api.js';
import { showPollFailure } from './feedback.js';

/**
 * Runs `task` now and then every `intervalMs` after it finished, never two at once, and not
 * while the tab is hidden (a forgotten tab should not load the sandbox).
 *
 * @param {number} intervalMs
 * @param {() => Promise<void>} task reports its own failures: it never rejects
 * @returns {{ now(): Promise<void> }} `now()` runs it at once, or right after the run under way
 *   (which may have read the state before an action changed it), and waits for it
 */
export function every(intervalMs, task) {
  /** @type {Promise<void> | null} */
  let running = null;
  /** @type {Promise<void> | null} */
  let queued = null;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @returns {Promise<void>} */
  const run = () => {
    if (running) {
      queued ??= running.then(() => {
        queued = null;
        return run();
      });
      return queued;
    }
    clearTimeout(timer);
    running = task().finally(() => {
      running = null;
      timer = setTimeout(tick, intervalMs);
    });
    return running;
  };
  const tick = () => {
    if (document.hidden) timer = setTimeout(tick, intervalMs);
    else void run();
  };
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) void run();
  });
  void run();
  return { now: run };
}

/**
 * A panel that polls one admin GET: reads `path` every `intervalMs` and draws what it read only
 * when its `fingerprint` changed (an unchanged table is not rebuilt under the reader's cursor);
 * a failure shows in the console's status line.
 *
 * @template T
 * @param {number} intervalMs
 * @param {string} path
 * @param {(value: T) => string} fingerprint
 * @param {(value: T) => void} draw
 */
export function pollPanel(intervalMs, path, fingerprint, draw) {
  let drawn = '';
  return every(intervalMs, async () => {
    try {
      const value = /** @type {T} */ (await adminCall('GET', path));
      const text = fingerprint(value);
      if (text === drawn) return;
      drawn = text;
      draw(value);
    } catch (error) {
      showPollFailure(error);
    }
  });
}
