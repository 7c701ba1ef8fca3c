import { describe, expect, it } from 'vitest';
import { splitText } from '../../scripts/ci/jsx-text.ts';

const lines = (source: string) => splitText(source, 'Example.tsx');

describe('splitText', () => {
  it('finds a value and literal text side by side', () => {
    expect(lines('const a = <span>{photo.number}.</span>;')).toEqual([1]);
    expect(lines('const a = (\n  <span>\n    {n} / {total}\n  </span>\n);')).toEqual([3, 3]);
  });

  it('finds a value and a space before an element', () => {
    expect(lines("const a = <p>{label}{' '}<b>x</b></p>;")).toEqual([1]);
  });

  it('accepts one template string, and text beside elements or across lines', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source under test holds a template string
    expect(lines('const a = <span>{`${n} / ${total}`}</span>;')).toEqual([]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source under test holds a template string
    expect(lines('const a = <p><code>{path}</code>{`: ${message}`}</p>;')).toEqual([]);
    expect(lines('const a = (\n  <p>\n    {title}\n    <b>{name}</b> <i>x</i>\n  </p>\n);')).toEqual([]);
    expect(lines('const a = <p>{ok && <b>x</b>} text</p>;')).toEqual([]);
  });
});
