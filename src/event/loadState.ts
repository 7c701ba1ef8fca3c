/** What a loading hook holds: the same three states for every file a page loads. */
export type LoadState<T, E> = { status: 'loading' } | { status: 'failed'; error: E } | { status: 'shown'; data: T };
