import { checkEvent, type EventParts, type FileProblem } from '../../scripts/validator/event-checks.ts';
import { withoutProblems } from '../../scripts/validator/parts.ts';
import { validateEvent } from '../event/schema.ts';
import type { Draft } from './draft.ts';
import { toEventFile } from './toEvent.ts';

/**
 * What `npm run validate` would say of the exported file: the schema's problems, then the
 * editors' checks on what the schema accepted, the file named after the id as export names it.
 */
export function draftProblems(draft: Draft): FileProblem[] {
  const file = toEventFile(draft);
  const result = validateEvent(file);
  const schema = result.ok ? [] : result.problems.map((problem) => ({ ...problem, level: 'error' as const }));
  const parts = result.ok ? result.event : withoutProblems<EventParts>(file, schema);
  return [...schema, ...checkEvent(parts, file.id ? `${file.id}.json` : undefined)];
}

/**
 * The form control a problem belongs to: `photos[0].people[1].name` has one of its own; a
 * paragraph's is the paragraphs' box, a list's the control that adds to it.
 */
export function fieldId(path: string): string {
  const owner = path
    .replace(/^body\[\d+\]$/, 'body')
    .replace(/^photos$/, 'photos-add')
    .replace(/^(photos\[\d+\])\.people$/, '$1.people-add')
    .replace(/^\(root\)$/, 'title');
  return `studio-${owner.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}

/** The problems of one control, by its id. */
export function problemsFor(problems: readonly FileProblem[], id: string): FileProblem[] {
  return problems.filter((problem) => fieldId(problem.path) === id);
}
