/**
 * Settings that cannot be used. It lists every bad one at once, one sentence each, naming the
 * setting as its caller wrote it: `--port`, `PORT`, `config.port`, `withSeed:`. The CLI prints
 * the sentences and exits 2; code gets them in `problems` (and joined, one a line, in `message`).
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly problems: readonly string[];

  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : [...problems];
    super(list.join('\n'));
    this.problems = list;
  }
}
