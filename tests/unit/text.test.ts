import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/event/text.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeUtf8', () => {
  it('reads UTF-8 text as it is', () => {
    expect(decodeUtf8(utf8('Jean Asselborn, ministre des Affaires étrangères'))).toEqual({
      ok: true,
      text: 'Jean Asselborn, ministre des Affaires étrangères',
    });
  });

  it('drops a byte-order mark, as browsers do', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, ...utf8('{"id":"x"}')))).toEqual({ ok: true, text: '{"id":"x"}' });
  });

  it('refuses Latin-1 bytes instead of publishing garbled names', () => {
    // "Suède" in Latin-1: è is the single byte 0xE8.
    const result = decodeUtf8(bytes(0x53, 0x75, 0xe8, 0x64, 0x65));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/expected UTF-8.*Latin-1/);
  });

  it('refuses UTF-16, with or without its byte-order mark first', () => {
    const result = decodeUtf8(bytes(0xff, 0xfe, 0x41, 0x00));
    expect(!result.ok && result.message).toMatch(/UTF-16/);
    expect(decodeUtf8(bytes(0xfe, 0xff, 0x00, 0x41)).ok).toBe(false);
  });

  it('refuses UTF-16 that comes without its byte-order mark', () => {
    const littleEndian = new Uint8Array([...'{"id"'].flatMap((char) => [char.charCodeAt(0), 0]));
    const result = decodeUtf8(littleEndian);
    expect(!result.ok && result.message).toMatch(/UTF-16/);
  });
});
