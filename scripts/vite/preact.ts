import type { Alias, Rolldown } from 'vite';

/**
 * The app is written against React's API and types and runs on preact/compat: start-up
 * JavaScript drops from 96 to under 40 KB gzip, with YARL, react-router and Testing Library
 * unchanged (measured in the README's "Performance"). Every build of the app, its server
 * bundle and its tests resolve React's modules here; the benchmark's peers keep real React.
 */
export const preactAliases: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
];

/**
 * Packages that import React themselves. Node would resolve their imports to real React when
 * they stay external (the server bundle, Vitest), so they are bundled and aliased like our code.
 */
export const reactDependents = ['yet-another-react-lightbox', 'react-router', '@testing-library/react'];

/**
 * Keeps the build's output to what needs reading. "use client" means nothing to a bundle (React's
 * plugin silenced it too), and react-router checks for `useOptimistic`, which preact/compat
 * lacks, before it uses it.
 */
export const quietReactLogs: NonNullable<Rolldown.InputOptions['onLog']> = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
  if (log.code === 'IMPORT_IS_UNDEFINED' && log.message.includes('useOptimistic')) return;
  handler(level, log);
};
