// The matrix kind in the browser: a state marks its rows, columns and cells; the CSS dims the rest. When the table
// is wider or taller than its region (a phone), the region scrolls (never the page) to the first column and row
// the state names, so what the step talks about is in view.
import { registerRenderer } from '../renderers';
import type { MatrixState } from './index';

function bringIntoView(wrap: HTMLElement, table: HTMLElement, state: MatrixState): void {
  const rowHead = table.querySelector<HTMLElement>('tbody th[scope="row"]');
  const colHead = table.querySelector<HTMLElement>('thead');
  const cols = [...state.columns, ...state.cells.map((c) => c.split('/')[1]!)];
  const rows = [...state.rows, ...state.cells.map((c) => c.split('/')[0]!)];
  // Scroll only as far as needed: a column already in view stays where it is.
  let left = wrap.scrollLeft;
  const col = cols.length ? table.querySelector<HTMLElement>(`thead [data-cell="*/${cols[0]}"]`) : null;
  const sticky = rowHead?.offsetWidth ?? 0;
  if (col && (col.offsetLeft - sticky < left || col.offsetLeft + col.offsetWidth > left + wrap.clientWidth))
    left = Math.max(0, col.offsetLeft - sticky);
  // The first row, in table order, that the state names (as a row or by a cell); none named: from the top.
  let top = 0;
  const row = [...table.querySelectorAll<HTMLElement>('tbody th[scope="row"]')].find((th) => rows.includes(th.dataset.cell!.split('/')[0]!));
  if (row) top = Math.max(0, row.offsetTop - (colHead?.offsetHeight ?? 0));
  wrap.scrollTo({ left, top });
}

registerRenderer('matrix', (host, { drawn }) => ({
  draw(s) {
    const state = s as MatrixState;
    const table = host.querySelector<HTMLElement>('[data-ex-matrix]');
    const wrap = host.querySelector<HTMLElement>('[data-ex-matrix-wrap]');
    if (table) {
      const any = state.rows.length + state.columns.length + state.cells.length > 0;
      table.toggleAttribute('data-focused', any);
      table.querySelectorAll<HTMLElement>('[data-cell]').forEach((cell) => {
        const [row, col] = cell.dataset.cell!.split('/') as [string, string];
        const on = state.rows.includes(row) || state.columns.includes(col) || state.cells.includes(`${row}/${col}`);
        cell.toggleAttribute('data-on', any && on);
      });
      if (wrap && any) bringIntoView(wrap, table, state);
    }
    drawn(state.state);
  },
}));
