// Every slip of each class, tried on field lines of every YAML file in content/ (chart files, data files, datasets)
// and on every row of its CSV datasets: the reader gives exactly one message, at the line of the slip. The fixtures
// of editor-errors.test.ts lock whole messages; this shows the finder holds on the files editors really write.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/reader/yaml';
import { readCsvDataset } from '../../src/reader/csv-text';
import { CHARTS_DIR, DATASETS_DIR } from '../../src/content-paths';

const root = path.resolve(import.meta.dirname, '../..');
const yamlIn = (dir: string) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `${dir}/${f}`);
const files = [...yamlIn(CHARTS_DIR), ...yamlIn('content/data'), ...yamlIn(DATASETS_DIR)];

/** A slip made on one line: the new text and the 1-based line where the slip is. */
type Slip = (lines: string[], i: number) => { lines: string[]; line: number } | undefined;

const FIELD = /^(\s*)(- )?([a-z_]+): (\S.*)$/;
const isField = (l: string | undefined) => !!l && FIELD.test(l);
/** The line is a field whose neighbours hold fields at the same column (no `- ` of its own): a slip is only a slip there. */
const plainField = (lines: string[], i: number) => {
  const m = lines[i]!.match(FIELD);
  if (!m || m[2]) return false;
  const col = (l: string | undefined) => l?.match(/^\s*(- )?/)?.[0].length;
  return col(lines[i - 1]) === m[1]!.length && isField(lines[i - 1]);
};
const swap = (lines: string[], i: number, text: string) => lines.map((l, k) => (k === i ? text : l));

const SLIPS: Record<string, Slip> = {
  'a tab for the indentation': (lines, i) =>
    plainField(lines, i) ? { lines: swap(lines, i, `\t${lines[i]!.trimStart()}`), line: i + 1 } : undefined,
  'three spaces too deep': (lines, i) => (plainField(lines, i) ? { lines: swap(lines, i, `   ${lines[i]}`), line: i + 1 } : undefined),
  'one space too shallow': (lines, i) =>
    plainField(lines, i) && lines[i]!.startsWith('  ') ? { lines: swap(lines, i, lines[i]!.slice(1)), line: i + 1 } : undefined,
  'the field written twice': (lines, i) =>
    plainField(lines, i) ? { lines: [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)], line: i + 2 } : undefined,
  'no colon': (lines, i) => (plainField(lines, i) ? { lines: swap(lines, i, lines[i]!.replace(': ', ' ')), line: i + 1 } : undefined),
  'a quote never closed': (lines, i) =>
    plainField(lines, i) && /: "[^"]*"$/.test(lines[i]!) ? { lines: swap(lines, i, lines[i]!.slice(0, -1)), line: i + 1 } : undefined,
};

describe('one slip, one message, at its line, on every YAML file of content/', () => {
  for (const [name, slip] of Object.entries(SLIPS))
    it(
      name,
      () => {
        let tried = 0;
        const wrong: string[] = [];
        for (const file of files) {
          const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
          expect(readYaml(lines.join('\n'), file).problems, file).toEqual([]);
          // About a dozen lines spread over each file, to keep the test quick.
          const step = Math.max(1, Math.floor(lines.length / 12));
          for (let i = 1; i < lines.length; i += step) {
            const made = slip(lines, i);
            if (!made) continue;
            tried++;
            const { problems } = readYaml(made.lines.join('\n'), file);
            // A field moved to its parent's column may still parse; the schema then reports it (editor-errors.test.ts).
            if (!problems.length && name === 'one space too shallow') continue;
            const lines_ = problems.map((p) => p.line);
            // Without its colon, text that holds `: ` reads as a field of another name; the schema reports it
            // (editor-errors.test.ts, slip-data-missing-colon-in-text).
            if (!problems.length && name === 'no colon' && /: /.test(made.lines[made.line - 1]!)) continue;
            if (problems.length !== 1 || lines_[0] !== made.line || /YAML/.test(problems[0]!.field))
              wrong.push(`${file}:${made.line}: ${problems.map((p) => `${p.line} ${p.field}: ${p.message}`).join(' | ') || 'no message'}`);
          }
        }
        expect(tried).toBeGreaterThan(30);
        expect(wrong).toEqual([]);
      },
      60_000,
    );
});

describe('slips around lists, nested fields, brackets and block text', () => {
  const CASES: [string, string, number, string][] = [
    [
      'a list item indented with a tab',
      'values:\n  - id: "a"\n    label: "L"\n\t- id: "b"\n    label: "M"\n',
      4,
      'this line is indented with a tab.',
    ],
    [
      'a list item too deep',
      'values:\n  - id: "a"\n    label: "L"\n     - id: "b"\n    label: "M"\n',
      4,
      'this line is indented more than the fields above it.',
    ],
    [
      'a list item too shallow',
      'values:\n  - id: "a"\n    label: "L"\n - id: "b"\n   label: "M"\n',
      4,
      'this line is indented less than the fields above it.',
    ],
    [
      'a quote never closed in { … }',
      'states:\n  a:\n    bars:\n      - { label: "x, value: y }\n      - { label: "z", value: w }\n',
      4,
      'the quote that starts here is never closed.',
    ],
    ['a { never closed', 'states:\n  a:\n    axis: { unit: km2, title: "x"\n    bars: []\n', 3, 'the bracket that starts here is never closed.'],
    [
      'a field that opens a block, without its colon',
      'kind: bar\nstates\n  a:\n    heading: "H"\n',
      2,
      'this line has no colon after its field name.',
    ],
    [
      'a nested field too shallow',
      'states:\n  a:\n    axis:\n      unit: km2\n     title: "x"\n    heading: "H"\n',
      5,
      'this line is indented less than the fields above it.',
    ],
    [
      'a field too deep after a list',
      'states:\n  a:\n    heading: "H"\n    bars:\n      - { label: "x", value: y }\n        caption: "C"\n',
      6,
      'this line is indented more than the fields above it.',
    ],
    ['a text in single quotes never closed', "values:\n  - id: 'a\n    label: 'L'\n", 2, 'the quote that starts here is never closed.'],
    [
      'a field too deep after text over two lines',
      'values:\n  - id: a\n    note: a long text\n      that goes on\n    label: "L"\n      unit: km2\n',
      6,
      'this line is indented more than the fields above it.',
    ],
    [
      'a field too deep after a block of text',
      'values:\n  - id: a\n    note: |\n      text: with colon\n      more\n    label: "L"\n     unit: km2\n',
      7,
      'this line is indented more than the fields above it.',
    ],
    [
      'a field too shallow among comments',
      '# head\nvalues:\n  # a comment\n  - id: a\n    # another\n    label: "L"\n   unit: km2\n',
      7,
      'this line is indented less than the fields above it.',
    ],
    [
      'a field too deep, with Windows line ends',
      'values:\r\n  - id: a\r\n    label: "L"\r\n     unit: km2\r\n',
      4,
      'this line is indented more than the fields above it.',
    ],
    [
      'a field moved out between two fields of its item',
      'states:\n  a:\n    heading: "H"\n  caption: "C"\n    summary: "S"\n',
      4,
      'this line is indented less than the fields above it.',
    ],
  ];
  for (const [name, text, line, message] of CASES)
    it(name, () => {
      const { problems } = readYaml(text, 'x.yaml');
      expect(problems.map((p) => [p.line, p.message])).toEqual([[line, message]]);
    });
});

describe('one slip, one message, at its row, on every CSV dataset of content/', () => {
  const csvs = readdirSync(path.join(root, DATASETS_DIR))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => `${DATASETS_DIR}/${f}`);
  const slips: Record<string, (cells: string[]) => string[]> = {
    'a comma in a text left unquoted (one cell too many)': (cells) => [
      cells[0]!,
      ...cells.slice(1, 2).flatMap((c) => [c, 'and more']),
      ...cells.slice(2),
    ],
    'a cell left out with its comma (one cell too few)': (cells) => cells.filter((_, k) => k !== 2),
  };
  for (const [name, slip] of Object.entries(slips))
    it(name, () => {
      let tried = 0;
      for (const file of csvs) {
        const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
        for (let i = 1; i < lines.length; i++) {
          // Rows whose cells hold no quotes, so splitting at commas is splitting into cells.
          if (!lines[i] || lines[i]!.includes('"')) continue;
          tried++;
          const text = lines.map((l, k) => (k === i ? slip(l.split(',')).join(',') : l)).join('\n');
          const { problems } = readCsvDataset(text, file, 'x');
          expect(
            problems.map((p) => [p.line, p.message.replace(/\d+/g, 'N')]),
            `${file}:${i + 1}`,
          ).toEqual([[i + 1, `this row has N cells and the header N: one cell too ${name.includes('many') ? 'many' : 'few'}.`]]);
        }
      }
      expect(tried).toBeGreaterThan(5);
    });
});
