import {
  type DisplayEvent,
  type DisplayValidation,
  validateForDisplay,
  validateForDisplayInSlices,
} from './forDisplay.ts';
import { jsonErrorDetail } from './jsonError.ts';
import type { Problem } from './schema.ts';

/** Why an event file's text cannot be shown: it is not JSON, or not an event. */
export type ParseError =
  | { kind: 'json'; file: string; detail: string }
  | { kind: 'invalid'; file: string; problems: Problem[] };

export type ParseResult = ({ ok: true } & DisplayEvent) | { ok: false; error: ParseError };

function parseJson(file: string, text: string): { data: unknown } | { error: ParseError } {
  try {
    return { data: JSON.parse(text) };
  } catch (error) {
    return { error: { kind: 'json', file, detail: jsonErrorDetail(text, (error as Error).message) } };
  }
}

function checked(file: string, result: DisplayValidation, expectedId?: string): ParseResult {
  if (!result.ok) return { ok: false, error: { kind: 'invalid', file, problems: result.problems } };
  if (expectedId !== undefined && result.event.id !== expectedId) {
    const message = `expected "${expectedId}", the file's name, but found "${result.event.id}"`;
    return { ok: false, error: { kind: 'invalid', file, problems: [{ path: 'id', message }] } };
  }
  return result;
}

/** Parses and validates an event file's text; `expectedId` guards against a file under the wrong name. */
export function parseEvent(file: string, text: string, expectedId?: string): ParseResult {
  const parsed = parseJson(file, text);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  return checked(file, validateForDisplay(parsed.data), expectedId);
}

/** The same for a file fetched while the page is in use: validation gives way to the visitor. */
export async function parseEventInSlices(file: string, text: string, expectedId?: string): Promise<ParseResult> {
  const parsed = parseJson(file, text);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  return checked(file, await validateForDisplayInSlices(parsed.data), expectedId);
}
