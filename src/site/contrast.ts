import type { Problem } from '../event/schema.ts';

/** WCAG 2.1 AA for body text (success criterion 1.4.3). */
export const MIN_CONTRAST = 4.5;

function channels(hex: string): number[] {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16) / 255);
}

/** Relative luminance as WCAG 2.1 defines it. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two `#rgb`/`#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Ratios are shown as WCAG tools show them, cut (not rounded) to two decimals: 4.499 is not 4.50. */
const shown = (ratio: number) => (Math.floor(ratio * 100) / 100).toFixed(2);

/** The theme's pairs that a visitor reads one on the other, each below 4.5:1 a problem naming both colours. */
export function contrastProblems(theme: { accent: string; text: string; background: string }): Problem[] {
  const pairs = [
    ['theme.text', theme.text, 'text'],
    ['theme.accent', theme.accent, 'links and focus rings'],
  ] as const;
  return pairs.flatMap(([path, colour, what]) => {
    const ratio = contrastRatio(colour, theme.background);
    return ratio >= MIN_CONTRAST
      ? []
      : [
          {
            path,
            message: `expected a contrast of at least ${MIN_CONTRAST}:1 for ${what}: ${colour} on ${theme.background} is ${shown(ratio)}:1`,
          },
        ];
  });
}
