/** A parsed JSON value, as the property-based tests mutate it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Key = string | number;

/** Every path to a value inside `value`, the root excluded. */
export function pathsIn(value: Json, prefix: Key[] = []): Key[][] {
  const children: [Key, Json][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return children.flatMap(([key, child]) => [[...prefix, key], ...pathsIn(child, [...prefix, key])]);
}
