import { useEffect, useMemo, useState } from 'react';
import type { FrontData, PeopleData, PersonData, YearData } from './archive.ts';
import type { ArchiveKind } from './archiveSchemas.ts';
import { type FetchError, fetchText } from './fetchText.ts';
import type { LoadState } from './loadState.ts';

export type ArchiveError = FetchError | { kind: 'invalid'; file: string };

interface ArchiveData {
  front: FrontData;
  year: YearData;
  people: PeopleData;
  person: PersonData;
}

async function load<K extends ArchiveKind>(
  kind: K,
  file: string,
  signal: AbortSignal,
): Promise<LoadState<ArchiveData[K], ArchiveError>> {
  const fetched = await fetchText(file, signal);
  if (!fetched.ok) return { status: 'failed', error: fetched.error };
  // The checks load only with a fetch: a prerendered page starts without them.
  const [v, { archiveSchemas }] = await Promise.all([import('valibot'), import('./archiveSchemas.ts')]);
  const invalid = { status: 'failed', error: { kind: 'invalid', file } } as const;
  let data: unknown;
  try {
    data = JSON.parse(fetched.text);
  } catch {
    return invalid;
  }
  const result = v.safeParse(archiveSchemas[kind], data);
  return result.success ? { status: 'shown', data: result.output as ArchiveData[K] } : invalid;
}

/**
 * One of the archive's files (src/event/archive.ts): `prerendered` is its data already in the
 * page, a `file` of `null` one not needed.
 */
export function useArchiveFile<K extends ArchiveKind>(
  kind: K,
  file: string | null,
  prerendered?: ArchiveData[K],
): LoadState<ArchiveData[K], ArchiveError> {
  const [state, setState] = useState<LoadState<ArchiveData[K], ArchiveError>>({ status: 'loading' });
  useEffect(() => {
    if (prerendered || file === null) return;
    setState({ status: 'loading' });
    const controller = new AbortController();
    load(kind, file, controller.signal)
      .then(setState)
      .catch(() => {});
    return () => controller.abort();
  }, [kind, file, prerendered]);
  const shown = useMemo(() => prerendered && ({ status: 'shown', data: prerendered } as const), [prerendered]);
  return shown || state;
}
