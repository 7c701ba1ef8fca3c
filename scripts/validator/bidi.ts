import type { Level } from '../../src/importer/report.ts';
import { textsOf } from './parts.ts';

// The characters that change the direction of the text around them, as Unicode names them.
const NAMES: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u061C': 'ARABIC LETTER MARK',
};
const BIDI = new RegExp(`[${Object.keys(NAMES).join('')}]`, 'g');

const describe = (char: string) =>
  `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')} ${NAMES[char]}`;

/**
 * Bidi controls are invisible, pasted along with names from other documents, and can show a
 * credit or a name reversed, or hide text: each text holding any is named, once.
 */
export function checkBidiControls(value: unknown): { path: string; level: Level; message: string }[] {
  return [...textsOf(value)].flatMap(({ path, text }) => {
    const found = [...new Set(text.match(BIDI))];
    if (found.length === 0) return [];
    const what = found.length === 1 ? 'a bidi control character' : 'bidi control characters';
    const around = found.length === 1 ? 'it' : 'them';
    const message = `contains ${what} (${found.map(describe).join(', ')}), which can reverse the text around ${around}`;
    return [{ path, level: 'warning' as const, message }];
  });
}
