// Checks one chapter's MDX tree, and hands components what they cannot see themselves.
// - Unknown components and misspelt props stop the build, naming file, line, column and the likely fix.
// - Each prop that names something (src/mdx/specs.ts: a value, a source, a chart, a state, a date) must name one
//   that exists. A <Step> must sit inside a <Scrolly>; its state must be one of that chart's; it is given its chart.
// - Every component is given `where` ("content/chapters/x.mdx:12:3") so its own errors can say where they are.
import { CHARTS_DIR } from '../content-paths';
import type { ContentProblem } from '../reader/errors';
import { didYouMean } from '../lib/suggest';
import { COMPONENTS, componentNames, NAMES } from '../mdx/specs';
import { isoDateSchema } from '../schemas/common';
import { stepId } from '../kinds/registry';

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

/** What a chapter's props may name: value and source ids, and each chart with its states. */
export interface KnownIds {
  values: { has(id: string): boolean; keys(): Iterable<string> };
  sources: { has(id: string): boolean; keys(): Iterable<string> };
  /** Each chart file by id, with its states; undefined when the file could not be read (its steps go unchecked). */
  charts: ReadonlyMap<string, readonly string[] | undefined>;
}

const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const FORBIDDEN = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const tick = (s: string) => `\`${s}\``;

export function attr(node: Node, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

function setAttr(node: Node, name: string, value: string) {
  node.attributes = (node.attributes ?? []).filter((a) => a.name !== name);
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** Where a prop is written (falling back to its tag), with the length of `name="value"` for the caret. */
export function propWhere(node: Node, name: string, file: string) {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name)?.position;
  const at = a?.start ?? node.position?.start;
  const length = a && a.end.line === a.start.line ? a.end.column - a.start.column : 1;
  return { file, line: at?.line, column: at?.column, length };
}

/** Every component node of a tree, with the chart of the <Scrolly> it sits in (undefined: none). */
export function walkComponents(tree: Node, visit: (node: Node, scrolly: Node | undefined) => void): void {
  const walk = (node: Node, scrolly: Node | undefined) => {
    const isComponent = JSX.has(node.type) && !!node.name && /^[A-Z]/.test(node.name);
    if (isComponent) visit(node, scrolly);
    for (const child of node.children ?? []) walk(child, isComponent && node.name === 'Scrolly' ? node : scrolly);
  };
  walk(tree, undefined);
}

/** The message for a chart or state that does not exist: one home, used for <Scrolly chart> and <Step state>. */
export function unknownName(
  what: 'chart' | 'state',
  name: string,
  known: readonly string[],
  chart?: string,
): Pick<ContentProblem, 'message' | 'hint'> {
  const list = known.map(tick).join(', ');
  return what === 'chart'
    ? { message: `unknown chart ${tick(name)}.`, hint: `charts are the files in ${CHARTS_DIR}/: ${list || 'none yet'}.${didYouMean(name, known)}` }
    : {
        message: `unknown state ${tick(name)} for chart ${tick(chart ?? '')}.`,
        hint: list
          ? `states of ${tick(chart ?? '')} are ${list}.${didYouMean(name, known)}`
          : `${tick(chart ?? '')} has no states yet: add them under \`states:\` in ${CHARTS_DIR}/${chart ?? ''}.yaml.`,
      };
}

/**
 * Checks one chapter tree; returns every problem found rather than stopping at the first. With `known`, the ids that
 * props name are checked too. `dateline` is the chapter's "as of" date: a <Timeline to> may not run past it.
 */
export function checkChapterTree(tree: Node, file: string, known?: KnownIds, dateline?: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seenSteps = new Map<string, number>();
  const visit = (node: Node) => {
    const at = node.position?.start;
    if (FORBIDDEN.has(node.type))
      problems.push({
        file,
        line: at?.line,
        column: at?.column,
        length: 1,
        field: 'code',
        message: 'chapters hold no JavaScript (import, export or {expressions}).',
        hint: 'components are available without imports; write numbers with <Fig id="…" />.',
      });
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  walkComponents(tree, (node, scrolly) => {
    const name = node.name!;
    const at = node.position?.start;
    const where = { file, line: at?.line, column: at?.column, length: name.length + 1 };
    const spec = COMPONENTS[name];
    if (!spec) {
      problems.push({
        ...where,
        field: `<${name}>`,
        message: 'unknown component.',
        hint: `components are ${componentNames()
          .map((c) => `<${c}>`)
          .join(', ')}.${didYouMean(name, componentNames())}`,
      });
      return;
    }
    const allowed = spec.props.map((p) => p.name);
    for (const a of node.attributes ?? []) {
      if (a.type !== 'mdxJsxAttribute' || !a.name) problems.push({ ...where, field: `<${name}>`, message: 'props must be written name="value".' });
      else if (!allowed.includes(a.name))
        problems.push({
          ...propWhere(node, a.name, file),
          field: `<${name} ${a.name}>`,
          message: `unknown prop \`${a.name}\`.`,
          hint: `<${name}> takes ${allowed.length ? allowed.map(tick).join(', ') : 'no props'}.${didYouMean(a.name, allowed)}`,
        });
      else if (typeof a.value !== 'string')
        problems.push({
          ...propWhere(node, a.name, file),
          field: `<${name} ${a.name}>`,
          message: 'write the value in quotes, e.g. name="value", not {…}.',
        });
    }
    for (const p of spec.props)
      if (p.required && attr(node, p.name) === undefined)
        problems.push({
          ...where,
          field: `<${name} ${p.name}>`,
          message: `the prop \`${p.name}\` is required.`,
          hint: `write it inside the tag: <${name} ${p.name}="…">.`,
        });
    if (spec.inside && !scrolly)
      problems.push({ ...where, field: `<${name}>`, message: `a <${name}> must sit inside a <${spec.inside} chart="…">.` });
    if (name === 'Scrolly') {
      if (scrolly) problems.push({ ...where, field: '<Scrolly>', message: 'a <Scrolly> cannot sit inside another <Scrolly>.' });
      if (!(node.children ?? []).some((c) => c.name === 'Step'))
        problems.push({ ...where, field: '<Scrolly>', message: 'a <Scrolly> needs at least one <Step state="…"> inside it.' });
    }
    for (const p of spec.props) {
      const value = attr(node, p.name);
      if (!p.names || value === undefined) continue;
      const here = { ...propWhere(node, p.name, file), field: `<${name} ${p.name}>` };
      if (p.names === 'date') {
        if (!isoDateSchema.safeParse(value).success)
          problems.push({
            ...here,
            message: `expected a date written YYYY-MM-DD, found \`${value}\`.`,
            hint: `write it like ${p.name}="2025-11-21".`,
          });
        else if (p.name === 'to' && dateline && value > dateline)
          problems.push({
            ...here,
            message: `\`${value}\` is after this chapter's dateline, ${dateline}.`,
            hint: 'a chapter tells what was known by its dateline; give the chapter a later `dateline`, or put later events in a later chapter.',
          });
        continue;
      }
      if (!known) continue;
      if (p.names === 'chart') {
        if (!known.charts.has(value)) problems.push({ ...here, ...unknownName('chart', value, [...known.charts.keys()]) });
        continue;
      }
      if (p.names === 'state') {
        const chart = scrolly && attr(scrolly, 'chart');
        const states = chart ? known.charts.get(chart) : undefined;
        if (!chart || !states) continue; // reported at the <Scrolly>
        if (!states.includes(value)) problems.push({ ...here, ...unknownName('state', value, states, chart) });
        const key = stepId(chart, value);
        if (seenSteps.has(key))
          problems.push({
            ...here,
            message: `the state \`${value}\` of \`${chart}\` already has a step (line ${seenSteps.get(key)}).`,
            hint: 'each state gets one step, so each step has one stable link.',
          });
        seenSteps.set(key, at?.line ?? 0);
        setAttr(node, 'chart', chart);
        continue;
      }
      const ids = p.names === 'value' ? known.values : known.sources;
      const n = NAMES[p.names];
      if (!ids.has(value))
        problems.push({
          ...here,
          message: `no ${n.noun} has the id \`${value}\`.`,
          hint: `${n.noun} ids live in ${n.lives}.${didYouMean(value, ids.keys())}`,
        });
    }
    setAttr(node, 'where', `${file}:${at?.line ?? 0}:${at?.column ?? 0}`);
  });
  return problems;
}
