// A translated chapter has the shape of its English original: the same headings, paragraphs and components in the
// same order, each scrolly section with the same chart and the same steps and states, and in each block the same
// figures and citations in the same order. So a reader of either edition sees the same story, step for step, and a
// correction made in English has one place to go in the translation. A mismatch names both places.
import type { ContentProblem } from '../reader/errors';
import { attr, type Node } from './chapter';

/** One block of a chapter (a heading, a paragraph, a component) and what must match in its translation. */
export interface Block {
  /** "heading 2", "paragraph", "<Step state=\"overview\">", … */
  shape: string;
  /** The figures and citations inside it, in order: "Fig plan-points-total", "Cite axios-2025-11-18". */
  marks: string[];
  line: number;
  /** The block's last line (a component's: its opening tag's), for the translation status. */
  end: number;
  /** The block's words, for telling a translated block from an English one left in place. */
  text: string;
}

const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** The props that must be equal in both editions, per component; others (a quote's speaker, `lang`) are words. */
const SHAPE_PROPS: Record<string, string[]> = { Scrolly: ['chart'], Step: ['state'], Timeline: ['from', 'to'], Quote: ['source'] };

/** The citation a mark stands for: a translation may cite the original words' outlet `for` the English source. */
const citeOf = (node: Node) => attr(node, 'for') ?? attr(node, 'id') ?? '';

function marksIn(node: Node, out: string[]): string[] {
  for (const child of node.children ?? []) {
    if (JSX.has(child.type) && child.name === 'Fig') out.push(`<Fig id="${attr(child, 'id') ?? ''}">`);
    // Two citations in a row for one English source count once: a translation may cite the outlet of a speaker's
    // original words (`for` the English source) beside the English source itself, which still covers the rest.
    else if (JSX.has(child.type) && child.name === 'Cite') {
      const mark = `<Cite id="${citeOf(child)}">`;
      if (out.at(-1) !== mark) out.push(mark);
    }
    if (!(JSX.has(child.type) && child.type === 'mdxJsxFlowElement')) marksIn(child, out);
  }
  return out;
}

/** The words of a block: its text nodes, joined (figures and citations' props left out). */
function wordsOf(node: Node): string {
  const n = node as Node & { value?: string };
  if (n.type === 'text' && typeof n.value === 'string') return n.value;
  return (node.children ?? []).map(wordsOf).join('');
}

/** The blocks of a chapter's tree, depth first: a component's own block comes before the blocks inside it. */
export function blocksOf(tree: Node): Block[] {
  const blocks: Block[] = [];
  const visit = (node: Node) => {
    for (const child of node.children ?? []) {
      const line = child.position?.start.line ?? 0;
      const end = child.position?.end?.line ?? line;
      if (child.type === 'mdxJsxFlowElement') {
        const props = (SHAPE_PROPS[child.name ?? ''] ?? []).flatMap((p) => (attr(child, p) ? [`${p}="${attr(child, p)}"`] : []));
        // A component that holds blocks is its opening tag; one that holds none (<Timeline />), all of it.
        const tagEnd = (child.children ?? []).length ? line : end;
        blocks.push({ shape: `<${child.name}${props.length ? ` ${props.join(' ')}` : ''}>`, marks: [], line, end: tagEnd, text: '' });
        visit(child);
      } else if (child.type === 'heading')
        blocks.push({
          shape: `heading ${(child as Node & { depth?: number }).depth ?? ''}`.trim(),
          marks: marksIn(child, []),
          line,
          end,
          text: wordsOf(child),
        });
      else if (child.type === 'paragraph' || child.type === 'blockquote' || child.type === 'list' || child.type === 'table')
        blocks.push({ shape: child.type, marks: marksIn(child, []), line, end, text: wordsOf(child) });
    }
  };
  visit(tree);
  return blocks;
}

/**
 * The first place where a translation's blocks differ from the English ones (one mistake, one message: after the
 * first difference every block would differ). Problems are placed in the translation, naming the English line.
 */
export function structureProblems(english: { file: string; tree: Node }, translation: { file: string; tree: Node }): ContentProblem[] {
  const en = blocksOf(english.tree);
  const tr = blocksOf(translation.tree);
  for (let i = 0; i < Math.max(en.length, tr.length); i++) {
    const e = en[i];
    const t = tr[i];
    if (e && t && e.shape === t.shape && e.marks.join() === t.marks.join()) continue;
    const at = t ? { line: t.line, column: 1 } : { line: tr.at(-1)?.line ?? 1, column: 1 };
    const enAt = e ? `${english.file}:${e.line}` : english.file;
    let message: string;
    let hint: string;
    if (!t) {
      message = `the translation ends here, but the English goes on with a ${e!.shape} at ${enAt}.`;
      hint = 'translate the rest of the chapter, block by block.';
    } else if (!e) {
      message = `this ${t.shape} has no counterpart: the English chapter (${english.file}) ends before it.`;
      hint = 'a translation has the blocks of its English original, no more; remove this one or add it to the English first.';
    } else if (e.shape !== t.shape) {
      message = `expected a ${e.shape}, as at ${enAt}, found a ${t.shape}.`;
      hint =
        'the translation keeps the English headings, paragraphs, scrolly sections and steps in the same order (one paragraph for each paragraph).';
    } else {
      message = `the figures and citations differ from the English ${e.shape} at ${enAt}: expected ${e.marks.join(' ') || 'none'}, found ${t.marks.join(' ') || 'none'}.`;
      hint =
        'keep every <Fig> and <Cite> of the English block, in the same order; a Ukrainian outlet for original words is cited as <Cite id="…" for="english-source-id">.';
    }
    return [{ file: translation.file, ...at, field: t?.shape ?? 'chapter', message, hint }];
  }
  // A block copied from the English and not yet translated (as `npm run translation:new` leaves a chapter).
  return tr.flatMap((t, i) => {
    const e = en[i]!;
    const words = e.text.trim();
    if (!words || words !== t.text.trim() || !/\p{L}{4,}.*\s.*\p{L}{4,}/u.test(words)) return [];
    return [
      {
        file: translation.file,
        line: t.line,
        column: 1,
        field: t.shape,
        message: `this ${t.shape} is still the English text of ${english.file}:${e.line}.`,
        hint: 'translate it; a translation holds no English block.',
      },
    ];
  });
}
