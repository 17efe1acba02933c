// Checks every chapter's MDX before Astro renders it, and hands components what they cannot see themselves.
// - Unknown components and misspelt props stop the build, naming file, line, column and the likely fix.
// - A <Step> must sit inside a <Scrolly>; its state must exist for that chart. The Step is given its chart.
// - <Fig id>, <Cite id> and <Quote source> must name a value or source in content/data/ (read with the same
//   schemas and catalog as the site, src/data/read-content.ts).
// - Every component is given `where` ("content/chapters/x.mdx:12:3") so its own errors can say where they are.
import path from 'node:path';
import { ContentError, withExcerpts, type ContentProblem } from '../data/errors';
import { didYouMean } from '../lib/suggest';
import { CHARTS, chartNames, stateNames } from '../charts/registry';
import { COMPONENTS } from './components';
import { readCatalog } from '../data/read-content';

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
  position?: { start: Point; end: Point };
}
export interface Node {
  type: string;
  name?: string | null;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: Point; end?: Point };
}
interface VFileLike {
  path?: string;
  history?: string[];
  cwd?: string;
  value?: unknown;
}

/** The ids a chapter may cite: value ids (for <Fig id>) and source ids (for <Cite id>, <Quote source>). */
export interface KnownIds {
  values: ReadonlyMap<string, unknown>;
  sources: ReadonlyMap<string, unknown>;
}

/** What each component's id-like prop must name. */
const ID_PROPS: Record<string, { prop: string; of: keyof KnownIds; lives: string; noun: string }> = {
  Fig: { prop: 'id', of: 'values', lives: 'content/data/datasets/', noun: 'value' },
  Cite: { prop: 'id', of: 'sources', lives: 'content/data/sources.yaml', noun: 'source' },
  Quote: { prop: 'source', of: 'sources', lives: 'content/data/sources.yaml', noun: 'source' },
};

const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const FORBIDDEN = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

function absoluteFile(file: VFileLike): string {
  return file.path ?? file.history?.[0] ?? 'unknown file';
}

/** The project a chapter belongs to: the folder that holds its content/chapters/ (or the working directory). */
function projectRoot(file: VFileLike): string {
  const abs = absoluteFile(file).split(path.sep).join('/');
  const at = abs.lastIndexOf('/content/chapters/');
  return at >= 0 ? abs.slice(0, at) : (file.cwd ?? process.cwd());
}

function attr(node: Node, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

function setAttr(node: Node, name: string, value: string) {
  node.attributes = (node.attributes ?? []).filter((a) => a.name !== name);
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** Where a prop is written (falling back to its tag), with the length of `name="value"` for the caret. */
function propWhere(node: Node, name: string, file: string) {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name)?.position;
  const at = a?.start ?? node.position?.start;
  const length = a && a.end.line === a.start.line ? a.end.column - a.start.column : 1;
  return { file, line: at?.line, column: at?.column, length };
}

/**
 * Check one chapter tree; returns every problem found rather than stopping at the first.
 * With `known`, the ids that <Fig>, <Cite> and <Quote> name are checked too.
 */
export function checkChapterTree(tree: Node, file: string, known?: KnownIds): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seenSteps = new Map<string, number>();

  const walk = (node: Node, scrollyChart: string | null | undefined) => {
    const at = node.position?.start;
    const where = { file, line: at?.line, column: at?.column, length: node.name ? node.name.length + 1 : 1 };
    if (FORBIDDEN.has(node.type)) {
      problems.push({ ...where, field: 'code', message: 'chapters hold no JavaScript (import, export or {expressions}).', hint: 'components are available without imports; write numbers with <Fig id="…" />.' });
      return;
    }
    let chartForChildren = scrollyChart;
    if (JSX.has(node.type) && node.name && /^[A-Z]/.test(node.name)) {
      const spec = COMPONENTS[node.name];
      if (!spec) {
        problems.push({ ...where, field: `<${node.name}>`, message: 'unknown component.', hint: `components are ${Object.keys(COMPONENTS).map((c) => `<${c}>`).join(', ')}.${didYouMean(node.name, Object.keys(COMPONENTS))}` });
      } else {
        const allowed = [...spec.required, ...spec.optional];
        for (const a of node.attributes ?? []) {
          if (a.type !== 'mdxJsxAttribute' || !a.name) {
            problems.push({ ...where, field: `<${node.name}>`, message: 'props must be written name="value".' });
          } else if (!allowed.includes(a.name)) {
            problems.push({ ...propWhere(node, a.name, file), field: `<${node.name} ${a.name}>`, message: `unknown prop \`${a.name}\`.`, hint: `<${node.name}> takes ${allowed.length ? allowed.map((p) => `\`${p}\``).join(', ') : 'no props'}.${didYouMean(a.name, allowed)}` });
          } else if (typeof a.value !== 'string') {
            problems.push({ ...propWhere(node, a.name, file), field: `<${node.name} ${a.name}>`, message: 'write the value in quotes, e.g. name="value", not {…}.' });
          }
        }
        for (const r of spec.required)
          if (attr(node, r) === undefined) problems.push({ ...where, field: `<${node.name} ${r}>`, message: `the prop \`${r}\` is required.`, hint: `write it inside the tag: <${node.name} ${r}="…">.` });

        if (node.name === 'Scrolly') {
          const chart = attr(node, 'chart');
          if (scrollyChart !== undefined) problems.push({ ...where, field: '<Scrolly>', message: 'a <Scrolly> cannot sit inside another <Scrolly>.' });
          if (chart && !CHARTS[chart]) {
            problems.push({ ...propWhere(node, 'chart', file), field: '<Scrolly chart>', message: `unknown chart \`${chart}\`.`, hint: `charts are ${chartNames().map((n) => `\`${n}\``).join(', ')}.${didYouMean(chart, chartNames())}` });
            chartForChildren = null;
          } else chartForChildren = chart ?? null;
          const steps = (node.children ?? []).filter((c) => c.name === 'Step');
          if (!steps.length) problems.push({ ...where, field: '<Scrolly>', message: 'a <Scrolly> needs at least one <Step state="…"> inside it.' });
        }
        if (node.name === 'Step') {
          const state = attr(node, 'state');
          if (scrollyChart === undefined) problems.push({ ...where, field: '<Step>', message: 'a <Step> must sit inside a <Scrolly chart="…">.' });
          else if (scrollyChart && state) {
            if (!CHARTS[scrollyChart]!.states[state])
              problems.push({ ...propWhere(node, 'state', file), field: '<Step state>', message: `unknown state \`${state}\` for chart \`${scrollyChart}\`.`, hint: `states of \`${scrollyChart}\` are ${stateNames(scrollyChart).map((n) => `\`${n}\``).join(', ')}.${didYouMean(state, stateNames(scrollyChart))}` });
            const key = `${scrollyChart}-${state}`;
            if (seenSteps.has(key)) problems.push({ ...propWhere(node, 'state', file), field: '<Step state>', message: `the state \`${state}\` of \`${scrollyChart}\` already has a step (line ${seenSteps.get(key)}).`, hint: 'each state gets one step, so each step has one stable link.' });
            seenSteps.set(key, at?.line ?? 0);
            setAttr(node, 'chart', scrollyChart);
          }
        }
        const idProp = ID_PROPS[node.name];
        const id = idProp && attr(node, idProp.prop);
        if (known && idProp && id && !known[idProp.of].has(id))
          problems.push({
            ...propWhere(node, idProp.prop, file),
            field: `<${node.name} ${idProp.prop}>`,
            message: `no ${idProp.noun} has the id \`${id}\`.`,
            hint: `${idProp.noun} ids live in ${idProp.lives}.${didYouMean(id, known[idProp.of].keys())}`,
          });
        setAttr(node, 'where', `${file}:${at?.line ?? 0}:${at?.column ?? 0}`);
      }
    }
    for (const child of node.children ?? []) walk(child, chartForChildren);
  };
  walk(tree, undefined);
  return problems;
}

/** The remark plugin: run the checks, throw one ContentError listing every problem in the chapter. */
export default function remarkExplainer() {
  return (tree: Node, file: VFileLike) => {
    const root = projectRoot(file);
    const name = path.relative(root, absoluteFile(file)).split(path.sep).join('/');
    const problems = checkChapterTree(tree, name, readCatalog(root));
    if (problems.length) throw new ContentError(typeof file.value === 'string' ? withExcerpts(problems, name, file.value) : problems);
  };
}
