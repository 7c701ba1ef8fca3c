/** Event ids: lower-case letters, digits and hyphens, as in file names. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Whether a text can be an event id, so an address like `..%2F` never reaches a file request. */
export function isEventId(text: string): boolean {
  return ID_PATTERN.test(text) && text.length <= 200;
}
