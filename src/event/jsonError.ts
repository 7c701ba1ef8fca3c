import { syntaxErrorOffset } from './jsonSyntax.ts';

/** Where a position of a text is, as an editor shows it: both 1-based. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: position - lineStart + 1 };
}

/**
 * A JSON.parse error worded for an editor, with the line and column it can go to. Engines give a
 * character position, or only the token they met (`Unexpected token ']'`), or nothing
 * (`Unexpected end of JSON input` is the end): then the place is found by reading the text.
 */
export function jsonErrorDetail(text: string, message: string): string {
  const given = /at position (\d+)/.exec(message)?.[1];
  const offset = given ? Number(given) : /end of JSON input/.test(message) ? text.length : syntaxErrorOffset(text);
  // V8 quotes the text after the token and may add its own place: ours says more, on one line.
  const said = message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, (?:\.\.\.)?".*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '');
  if (offset === undefined) return said;
  const { line, column } = lineAndColumn(text, offset);
  return `${said} at line ${line}, column ${column}`;
}
