import type { Problem } from '../../src/event/schema.ts';

/**
 * A value with every part optional: what is left of an event once the parts the schema
 * refused are taken out. An array keeps its length, so each photo keeps its index.
 */
export type Parts<T> = T extends readonly (infer Item)[]
  ? (Parts<Item> | undefined)[]
  : T extends object
    ? { [Key in keyof T]?: Parts<T[Key]> }
    : T;

/** The path of a key inside `path`, as problems write it: `photos[3].people[0].name`. */
export function childPath(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

function prune(value: unknown, path: string, refused: ReadonlySet<string>): unknown {
  if (refused.has(path || '(root)')) return undefined;
  if (Array.isArray(value)) return value.map((item, i) => prune(item, childPath(path, i), refused));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, prune(item, childPath(path, key), refused)]),
  );
}

/**
 * The parsed file without the values at the paths of the schema's problems. The schema reports
 * every value it refuses at the value's own path, so what is left has the types it accepted,
 * and the checks that need valid values can still run on the rest of the file.
 */
export function withoutProblems<T>(data: unknown, problems: readonly Problem[]): Parts<T> {
  // A file that is no object at all leaves nothing to check.
  return (prune(data, '', new Set(problems.map((problem) => problem.path))) ?? {}) as Parts<T>;
}

/** Every text in a value, at its path. */
export function* textsOf(value: unknown, path = ''): Generator<{ path: string; text: string }> {
  if (typeof value === 'string') yield { path: path || '(root)', text: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* textsOf(item, childPath(path, i));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) yield* textsOf(item, childPath(path, key));
}
