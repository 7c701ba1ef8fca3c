/** Event ids: lower-case letters, digits and hyphens, as in file names. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** The longest id: the router refuses longer ones, so the schema does too. */
export const MAX_ID_LENGTH = 200;

/** Kept from no event: `events/index.json` was the generated index, and a deployed site may still hold one. */
export const RESERVED_ID = 'index';

/** Whether a text can be an event id, so an address like `..%2F` never reaches a file request. */
export function isEventId(text: string): boolean {
  return ID_PATTERN.test(text) && text.length <= MAX_ID_LENGTH && text !== RESERVED_ID;
}
