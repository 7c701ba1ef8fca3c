import { parseAst } from 'rolldown/parseAst';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Expressions that render as text, unless they hold JSX (`cond && <b/>` renders an element). */
const TEXT_EXPRESSIONS = new Set([
  'Identifier',
  'MemberExpression',
  'Literal',
  'TemplateLiteral',
  'ChainExpression',
  'CallExpression',
  'BinaryExpression',
  'ConditionalExpression',
  'LogicalExpression',
]);

function isText(child: Node, source: string): boolean {
  if (child.type === 'JSXText') {
    const text = String(child.value);
    // JSX drops whitespace that spans lines; a space on one line is text.
    return text.trim() !== '' || !text.includes('\n');
  }
  if (child.type !== 'JSXExpressionContainer') return false;
  const expression = child.expression as Node;
  return TEXT_EXPRESSIONS.has(expression.type) && !/<[A-Za-z>]/.test(source.slice(expression.start, expression.end));
}

/**
 * Where a JSX element puts two pieces of text side by side (`{n}.`, `{a} / {b}`), as line numbers.
 * The server writes them as one run of text, which Preact's hydration cannot split again: it keeps
 * the whole run in the first text node and adds the rest, so `1.` shows as `1..`. One template
 * string per run of text avoids it.
 */
export function splitText(source: string, file: string): number[] {
  const lines: number[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const element = node as Node;
    if ((element.type === 'JSXElement' || element.type === 'JSXFragment') && Array.isArray(element.children)) {
      const children = element.children as Node[];
      children.forEach((child, i) => {
        const before = children[i - 1];
        if (before && isText(before, source) && isText(child, source)) {
          lines.push(source.slice(0, child.start).split('\n').length);
        }
      });
    }
    Object.values(element).forEach(visit);
  };
  visit(parseAst(source, { lang: 'tsx' }, file));
  return lines;
}
