/** Formats shared by the bench's tables: a gap (NaN, null) shows as a dash, never as 0. */
export const integer = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—');
export const times = (value: number | null) => (value === null ? '—' : `${value.toFixed(2)}×`);
export const kB = (value: number) => (Number.isFinite(value) ? (value / 1000).toFixed(1) : '—');

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
