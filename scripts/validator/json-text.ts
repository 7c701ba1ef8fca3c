import { readFile } from 'node:fs/promises';
import { decodeUtf8 } from '../../src/event/text.ts';
import { errorText } from '../importer/report.ts';

/** A file's JSON, or what an editor needs to mend it. */
export type JsonRead = { ok: true; data: unknown } | { ok: false; message: string };

/** Offset of the first character that breaks the syntax. */
class NotJson {
  constructor(readonly offset: number) {}
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: a JSON string may not hold them unescaped.
const STRING_START = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/**
 * Where JSON.parse stopped, for the errors whose message says only which token it met: the
 * offset of the first character that cannot continue a JSON text, or undefined for JSON.
 */
export function syntaxErrorOffset(text: string): number | undefined {
  let at = 0;
  const fail = (offset = at): never => {
    throw new NotJson(offset);
  };
  const space = () => {
    while (/[ \t\n\r]/.test(text[at] ?? '')) at++;
  };
  const take = (char: string) => (text[at] === char ? at++ : fail());
  const sticky = (pattern: RegExp) => {
    pattern.lastIndex = at;
    if (pattern.exec(text)) at = pattern.lastIndex;
    else fail(at + 1);
  };
  const members = (close: string, member: () => void) => {
    at++;
    space();
    if (text[at] === close) return take(close);
    for (;;) {
      member();
      space();
      if (text[at] !== ',') return take(close);
      at++;
    }
  };
  const member = () => {
    space();
    string();
    space();
    take(':');
    value();
  };
  const string = () => {
    if (text[at] !== '"') fail();
    sticky(STRING_START);
    take('"');
  };
  const value = (): void => {
    space();
    const first = text[at] ?? '';
    if (first === '{') members('}', member);
    else if (first === '[') members(']', value);
    else if (first === '"') string();
    else if (/[-\d]/.test(first)) sticky(NUMBER);
    else {
      const word = LITERALS.find((literal) => literal[0] === first) ?? fail();
      for (const char of word) take(char);
    }
  };
  try {
    value();
    space();
    return at < text.length ? at : undefined;
  } catch (error) {
    // A RangeError is a nesting too deep to follow here: the message then goes without a place.
    if (error instanceof NotJson) return error.offset;
    return undefined;
  }
}

/** JSON.parse's message, with the place as editors count it instead of an offset into the text. */
function describeSyntaxError(text: string, error: unknown): string {
  const message = errorText(error);
  const given = /at position (\d+)/.exec(message)?.[1];
  const offset = given ? Number(given) : /end of JSON input/.test(message) ? text.length : syntaxErrorOffset(text);
  // V8 quotes the text after the token; the place says more, and stays one line.
  const said = message.replace(/ in JSON at position \d+.*$/s, '').replace(/, (?:\.\.\.)?".*$/s, '');
  if (offset === undefined) return said;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${said} at line ${line}, column ${column}`;
}

/** Reads an event file: UTF-8 (a byte-order mark is dropped), then JSON. */
export async function readJsonFile(file: string): Promise<JsonRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, message: `expected a readable file: ${errorText(error)}` };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded;
  try {
    return { ok: true, data: JSON.parse(decoded.text) };
  } catch (error) {
    return { ok: false, message: `expected JSON: ${describeSyntaxError(decoded.text, error)}` };
  }
}
