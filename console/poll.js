// @ts-check
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
