// Reads a CSV dataset (content/data/datasets/<id>.csv) into the same shape as a YAML dataset, keeping each cell's
// row and column so a mistake is reported where it was written: "attacks-after.csv:4:27 — values[2] (…).kind".
// One row per value; the header names the fields. Quoting follows RFC 4180 ("a, b" and "say ""no""").
import type { ContentProblem } from './errors';
import type { Located, YamlPath } from './yaml';

interface Cell {
  text: string;
  line: number;
  column: number;
}

/** Splits CSV text into rows of cells with their positions; a quote left open is a problem. */
function parseCells(text: string, file: string): { rows: Cell[][]; problems: ContentProblem[] } {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let column = 1;
  let start = { line: 1, column: 1 };
  const endCell = () => {
    row.push({ text: cell, ...start });
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
        column++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      endCell();
      start = { line, column: column + 1 };
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
      line++;
      column = 0;
      start = { line, column: 1 };
    } else cell += ch;
    if (ch === '\n' && quoted) {
      // A line break inside a quoted cell: the cell goes on, on the file's next line.
      line++;
      column = 0;
    }
    column++;
  }
  const problems: ContentProblem[] = [];
  if (quoted)
    problems.push({
      file,
      ...start,
      field: 'CSV',
      message: 'a quoted cell is never closed.',
      hint: 'close the quote with `"`; write `""` for a quote inside a quoted cell.',
    });
  if (cell !== '' || row.length) {
    endCell();
    rows.push(row);
  }
  return { rows: rows.filter((r) => r.some((c) => c.text.trim() !== '')), problems };
}

/** A plain number stays a number ("3434", "19.2"); anything else is left as text for the schema to judge. */
function typed(field: string, text: string): unknown {
  if (field === 'value' && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  return text;
}

/** The dataset in a CSV file: `{ id, values: [ {field: cell, …} per row ] }`, with the file's positions. */
export function readCsvDataset(text: string, file: string, id: string): Located {
  const { rows, problems } = parseCells(text, file);
  const [header, ...body] = rows;
  const fields = (header ?? []).map((c) => c.text.trim());
  const cellAt = new Map<string, Cell>();
  const values = body.map((r, i) => {
    const value: Record<string, unknown> = {};
    r.forEach((c, j) => {
      const name = fields[j] ?? `column ${j + 1}`;
      if (c.text.trim() === '') return; // an empty cell is a field left out
      value[name] = typed(name, c.text.trim());
      cellAt.set(`${i}/${name}`, c);
    });
    // A row with more or fewer cells than the header: one message at the row, and nothing read from it (its cells
    // would fall under the wrong fields and each look wrong).
    if (r.length !== fields.length) {
      const more = r.length > fields.length;
      const diff = Math.abs(r.length - fields.length);
      const rowText = text.split(/\r?\n/)[r[0]!.line - 1] ?? '';
      problems.push({
        file,
        line: r[0]!.line,
        column: 1,
        length: Math.max(1, rowText.length),
        field: `row ${r[0]!.line}`,
        message: `this row has ${r.length} cells and the header ${fields.length}: ${diff === 1 ? 'one cell' : `${diff} cells`} too ${more ? 'many' : 'few'}.`,
        hint: more
          ? 'a comma inside a text splits its cell in two: put text that holds a comma in double quotes, e.g. `"Kyiv, Kharkiv"`.'
          : 'every row has a cell for each field of the header, in its order; leave a field out with an empty cell (two commas, `,,`), never by leaving out its comma.',
      });
    }
    return value;
  });
  const locate = (path: YamlPath, options: { key?: boolean } = {}) => {
    const [list, i, name] = path;
    if (list !== 'values' || typeof i !== 'number') return undefined;
    const row = body[i];
    if (!row) return undefined;
    // An unknown field is reported at its header cell; a bad value at its cell; a missing one at the row.
    if (options.key && typeof name === 'string') {
      const h = header?.find((c) => c.text.trim() === name);
      return h && { line: h.line, column: h.column, length: Math.max(1, h.text.length) };
    }
    const c = typeof name === 'string' ? cellAt.get(`${i}/${name}`) : undefined;
    const at = c ?? row[0]!;
    return { line: at.line, column: at.column, length: Math.max(1, at.text.length) };
  };
  return { file, data: { id, values }, problems, locate };
}
