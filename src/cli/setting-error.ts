/** A setting that cannot be used; the message names the flag and its environment variable. */
export class SettingError extends Error {
  override name = 'SettingError';
}
