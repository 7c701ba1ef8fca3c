import { useEffect, useState } from 'react';
import type { BaseIssue, GenericSchema } from 'valibot';
import { type FetchError, fetchText } from './fetchText.ts';
import type { LoadState } from './loadState.ts';
import type { Problem } from './schema.ts';

/** The file was no JSON (`problems` empty) or not of the shape its page expects. */
export type ArchiveFileError = FetchError | { kind: 'invalid'; file: string; problems: Problem[] };
export type ArchiveFileState<T> = LoadState<T, ArchiveFileError>;

/**
 * The schema of one of the archive's files, loaded with it: a prerendered page needs no validator.
 * Give a function defined once (at module level), not one made at each render.
 */
export type SchemaLoader<T> = () => Promise<GenericSchema<unknown, T>>;

const problemOf = (v: typeof import('valibot'), issue: BaseIssue<unknown>): Problem => ({
  path: v.getDotPath(issue) ?? '(root)',
  message: issue.message,
});

async function loadFile<T>(
  file: string,
  loadSchema: SchemaLoader<T>,
  signal: AbortSignal,
): Promise<ArchiveFileState<T>> {
  const fetched = await fetchText(file, signal);
  if (!fetched.ok) return { status: 'failed', error: fetched.error };
  const [v, schema] = await Promise.all([import('valibot'), loadSchema()]);
  let data: unknown;
  try {
    data = JSON.parse(fetched.text);
  } catch {
    return { status: 'failed', error: { kind: 'invalid', file, problems: [] } };
  }
  const result = v.safeParse(schema, data);
  return result.success
    ? { status: 'shown', data: result.output }
    : {
        status: 'failed',
        error: { kind: 'invalid', file, problems: result.issues.map((issue) => problemOf(v, issue)) },
      };
}

/**
 * Loads one of the archive's files (src/event/archive.ts) and checks it against `schema`;
 * `prerendered` is its data already in the page, `null` a file not needed. A new `file` starts
 * loading afresh: what the last one said does not stand for it.
 */
export function useArchiveFile<T>(file: string | null, schema: SchemaLoader<T>, prerendered?: T): ArchiveFileState<T> {
  const [loaded, setLoaded] = useState<{ file: string; state: ArchiveFileState<T> } | null>(null);
  useEffect(() => {
    if (prerendered !== undefined || file === null) return;
    const controller = new AbortController();
    loadFile(file, schema, controller.signal)
      .then((state) => setLoaded({ file, state }))
      .catch(() => {});
    return () => controller.abort();
  }, [file, schema, prerendered]);
  if (prerendered !== undefined) return { status: 'shown', data: prerendered };
  return loaded && loaded.file === file ? loaded.state : { status: 'loading' };
}

/** Each archive file's schema, loaded only with a fetch of that file. */
export const archiveSchema = {
  front: () => import('./archiveSchemas.ts').then((module) => module.FrontDataSchema),
  year: () => import('./archiveSchemas.ts').then((module) => module.YearDataSchema),
  people: () => import('./archiveSchemas.ts').then((module) => module.PeopleDataSchema),
  person: () => import('./archiveSchemas.ts').then((module) => module.PersonDataSchema),
};
