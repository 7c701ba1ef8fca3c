export type Level = 'error' | 'warning';

/** Something the importer could not place, or had to guess, tied to a line of the release or to a photo file. */
export interface Report {
  /** 1-based line of the release text; absent when the report is about the whole text. */
  line?: number;
  /** The photo file the report is about, when it is not the release text. */
  file?: string;
  /** An error stops the import; a warning asks the editor to check the result. */
  level: Level;
  message: string;
}

/**
 * One problem as editors' tools print it: `file:where: message`, the way compilers do, so
 * editors and terminals can jump to it. Errors carry no prefix; warnings say so.
 */
export function formatProblem(file: string, where: string | number | undefined, level: Level, message: string): string {
  const place = where === undefined ? file : `${file}:${where}`;
  return `${place}: ${level === 'warning' ? 'warning: ' : ''}${message}`;
}

/** Long text shortened for a one-line message. */
export function excerpt(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}

/** The message of anything thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
