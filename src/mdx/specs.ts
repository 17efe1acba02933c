// The components a chapter may use: each described once — its props, what each prop names, where it may sit — for
// the chapter checks (src/checks/chapter.ts), the sources a chapter cites (src/checks/citations.ts) and the editor's
// guide, whose table of components is generated from this list (componentTable, locked by a unit test).
import { CHARTS_DIR, DATA_FILES, DATASETS_DIR } from '../content-paths';

/** What an id-like prop must name, and where those ids live. */
export const NAMES = {
  value: { noun: 'value', lives: `${DATASETS_DIR}/` },
  source: { noun: 'source', lives: DATA_FILES.sources },
  chart: { noun: 'chart', lives: `${CHARTS_DIR}/` },
  state: { noun: 'state', lives: "the chart file's `states`" },
  date: { noun: 'date', lives: 'YYYY-MM-DD' },
} as const;
export type Names = keyof typeof NAMES;

export interface PropSpec {
  name: string;
  required: boolean;
  /** What the prop's value must name: checked at build time. */
  names?: Names;
  doc: string;
}

export interface ComponentSpec {
  name: string;
  doc: string;
  example: string;
  props: PropSpec[];
  /** The component it must sit inside, if any. */
  inside?: string;
}

const spec = (name: string, doc: string, example: string, props: PropSpec[], inside?: string): ComponentSpec => ({
  name,
  doc,
  example,
  props,
  ...(inside ? { inside } : {}),
});

export const COMPONENTS: Record<string, ComponentSpec> = Object.fromEntries(
  [
    spec('Fig', 'an inline figure from a dataset: number, unit, kind, date, linked to its source', '<Fig id="isw-2025-09-25" />', [
      { name: 'id', required: true, names: 'value', doc: 'the id of a value (or derived value)' },
    ]),
    spec('Cite', 'words linked to a source in the sources section', '<Cite id="axios-2025-11-19">Axios reported</Cite>', [
      { name: 'id', required: true, names: 'source', doc: 'the id of a source' },
      {
        name: 'for',
        required: false,
        names: 'source',
        doc: "in a translation only: the English chapter's source this citation stands in for (an outlet that gives the original words)",
      },
    ]),
    spec(
      'Quote',
      "a person's words, in quotation marks, with the speaker named",
      '<Quote by="Kaja Kallas" role="EU foreign policy chief" source="afp-lbc">…</Quote>',
      [
        { name: 'by', required: true, doc: 'who said it' },
        { name: 'source', required: true, names: 'source', doc: 'the source that reported it' },
        { name: 'role', required: false, doc: "the speaker's title" },
        { name: 'lang', required: false, doc: 'the language the words were spoken in (`pl`, `fr`, `de`…), when the quote is a translation' },
        { name: 'original', required: false, doc: 'the words as spoken, in that language (with `lang`): the page marks the quote as a translation' },
        { name: 'translator', required: false, doc: 'whose translation it is, when not ours (`Reuters`)' },
        {
          name: 'original-source',
          required: false,
          names: 'source',
          doc: 'in a translation only: the outlet that gives the words as spoken, in the language of the translation',
        },
      ],
    ),
    spec('Scrolly', 'a scroll-driven section: a sticky chart and the steps that change it', '<Scrolly chart="territory">…</Scrolly>', [
      { name: 'chart', required: true, names: 'chart', doc: 'the id of a chart file in content/charts/' },
    ]),
    spec(
      'Step',
      "one step of a Scrolly section: its text, and the chart's state while it is read",
      '<Step state="mod-vs-isw">…</Step>',
      [{ name: 'state', required: true, names: 'state', doc: "a state of the section's chart" }],
      'Scrolly',
    ),
    spec('Timeline', 'the dated entries of content/data/timeline.yaml, from one date to another', '<Timeline from="2025-11-14" />', [
      { name: 'from', required: false, names: 'date', doc: 'the first day shown (default: the first entry)' },
      { name: 'to', required: false, names: 'date', doc: "the last day shown (default: the chapter's dateline)" },
    ]),
  ].map((c) => [c.name, c]),
);

export const componentNames = () => Object.keys(COMPONENTS);

/** The editor's guide's table of components (docs/editing.md holds exactly this). */
export function componentTable(): string {
  const rows = Object.values(COMPONENTS).map((c) => {
    const props = c.props.map((p) => `\`${p.name}\`${p.required ? '' : ' (optional)'}: ${p.doc}`).join('; ') || 'none';
    return `| \`<${c.name}>\` | ${c.doc}${c.inside ? ` (inside \`<${c.inside}>\`)` : ''} | ${props} | \`${c.example}\` |`;
  });
  return ['| component | what it is | props | example |', '|---|---|---|---|', ...rows].join('\n');
}
