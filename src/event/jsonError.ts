/** Where a position of a text is, as an editor shows it: both 1-based. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: position - lineStart + 1 };
}

/**
 * A JSON.parse error worded for an editor: engines give a character position (V8), sometimes
 * its own line and column too, or nothing (`Unexpected end of JSON input` means the end). The
 * position stays, and `line L, column C` is added, which is what an editor can go to.
 */
export function jsonErrorDetail(text: string, message: string): string {
  const position = / at position (\d+)/.exec(message)?.[1];
  const at = position !== undefined ? Number(position) : /end of JSON input/i.test(message) ? text.length : undefined;
  if (at === undefined) return message;
  const { line, column } = lineAndColumn(text, at);
  const plain = message.replace(/ \(line \d+ column \d+\)$/, '');
  return `${plain}${position === undefined ? ` at position ${at}` : ''} (line ${line}, column ${column})`;
}
