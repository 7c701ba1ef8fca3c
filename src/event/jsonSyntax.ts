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
