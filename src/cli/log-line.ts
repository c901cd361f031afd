import type { LogFormat } from '../settings/schema.js';

/**
 * A line the CLI prints about itself (start, warnings, shutdown) in the log format chosen: the
 * text as it always was, or one JSON object with the text as `message` and the fields beside it,
 * so that a log collector reading JSON lines never meets a line it cannot parse.
 */
export function cliLogLine(
  format: LogFormat,
  level: 'info' | 'warn',
  text: string,
  fields: Record<string, unknown> = {},
): string {
  if (format === 'text') return text;
  return JSON.stringify({ time: new Date().toISOString(), level, message: text, ...fields });
}
