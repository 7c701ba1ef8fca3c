import { describe, expect, it } from 'vitest';
import { jsonErrorDetail, lineAndColumn } from '../../src/event/jsonError.ts';

function errorOf(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a syntax error');
}

describe('lineAndColumn', () => {
  it('counts lines and columns from 1, a line starting after each newline', () => {
    const text = '{\n  "a": 1\n  "b"';
    expect(lineAndColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(text, text.indexOf('"b"'))).toEqual({ line: 3, column: 3 });
    expect(lineAndColumn(text, text.length)).toEqual({ line: 3, column: 6 });
  });

  it('counts a Windows line end as one line', () => {
    expect(lineAndColumn('{\r\n  "a" 1', 9)).toEqual({ line: 2, column: 7 });
  });
});

describe('jsonErrorDetail', () => {
  it('adds the line and column to the position of a missing comma', () => {
    const text = '{\n  "id": "x"\n  "lang": "fr"\n}';
    expect(jsonErrorDetail(text, errorOf(text))).toBe("Expected ',' or '}' after property value at line 3, column 3");
  });

  it('places a file that stops short at its end', () => {
    const text = '{\n  "id": "x",\n  "title": "Réun';
    expect(jsonErrorDetail(text, 'Unexpected end of JSON input')).toBe(
      'Unexpected end of JSON input at line 3, column 17',
    );
  });

  it("words the browser's own line and column as ours, once", () => {
    const message = "Expected ',' or '}' after property value in JSON at position 16 (line 3 column 3)";
    expect(jsonErrorDetail('{\n  "id": "x"\n  "lang"', message)).toBe(
      "Expected ',' or '}' after property value at line 3, column 3",
    );
  });

  it('finds the place itself when the message names only the token', () => {
    const text = '{\n  "photos": [\n    {},\n  ]\n}';
    expect(jsonErrorDetail(text, errorOf(text))).toBe("Unexpected token ']' at line 4, column 3");
  });

  it('leaves a message as it is when the text is JSON after all', () => {
    expect(jsonErrorDetail('{}', 'Unexpected identifier "x"')).toBe('Unexpected identifier "x"');
  });
});
