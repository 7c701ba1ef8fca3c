import { testWithCleanConsole } from '../helpers.ts';
import { type ServedArchive, serveArchive } from './archiveBuild.ts';

/**
 * One archive of 300 event files, built and served once for each worker, whichever spec files
 * it runs: a build takes half a minute.
 */
export const archiveTest = testWithCleanConsole().extend<object, { archive: ServedArchive }>({
  archive: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from its pattern.
    async ({}, use) => {
      const archive = await serveArchive();
      await use(archive);
      await archive.stop();
    },
    { scope: 'worker', timeout: 240_000 },
  ],
});
