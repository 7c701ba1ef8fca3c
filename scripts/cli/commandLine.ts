import { type ParseArgsConfig, parseArgs } from 'node:util';
import { errorText } from '../../src/importer/report.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * An editors' command's arguments, read as every command of ours reads them: `-h`/`--help` prints
 * the usage and exits 0; a wrong argument prints what is wrong and the usage, and exits 2.
 */
export function commandLine<T extends Options>(usage: string, options: T) {
  const usageError = (message: string): never => {
    process.stderr.write(`${message}\n\n${usage}\n`);
    process.exit(2);
  };
  const withHelp = { ...options, help: { type: 'boolean', short: 'h' } } as T;
  let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: T }>>;
  try {
    parsed = parseArgs({ allowPositionals: true, options: withHelp });
  } catch (error) {
    return usageError(errorText(error));
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return { values: parsed.values, positionals: parsed.positionals, usageError };
}
