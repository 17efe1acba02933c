// The matrix kind in the browser: a state marks its rows, columns and cells; the CSS dims the rest. On a phone the
// CSS shows the state's own list of cards instead (data-shown; scrolly.css), and the region goes back to its top at
// each step; the "full table" button switches the reader to the whole table and back. When the whole table is wider or taller than
// its region, the region scrolls (never the page) to the first column and row the state names, so what the step
// talks about is in view.
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

/** The width at which scrolly.css shows a state's cells as cards (the phone layout). */
const CARDS = '(max-width: 799px)';

/** Cards (a phone, the step's cells): from the top. The whole table: scrolled to what the state names. */
function place(wrap: HTMLElement, table: HTMLElement, state: MatrixState): void {
  if (!wrap.hasAttribute('data-focused')) return;
  if (!wrap.hasAttribute('data-full') && window.matchMedia(CARDS).matches) wrap.scrollTo({ left: 0, top: 0 });
  else bringIntoView(wrap, table, state);
}

registerRenderer('matrix', (host, { drawn }) => {
  const table = host.querySelector<HTMLElement>('[data-ex-matrix]');
  const wrap = host.querySelector<HTMLElement>('[data-ex-matrix-wrap]');
  let current: MatrixState | undefined;
  // The button under the region: the whole table, or the step's cells; the reader's choice holds from step to step.
  const button = host.querySelector<HTMLButtonElement>('[data-ex-matrix-toggle]');
  button?.addEventListener('click', () => {
    if (!wrap) return;
    const full = !wrap.hasAttribute('data-full');
    wrap.toggleAttribute('data-full', full);
    button.setAttribute('aria-pressed', String(full));
    if (table && current) place(wrap, table, current);
  });
  return {
    draw(s) {
      const state = (current = s as MatrixState);
      if (table) {
        const any = state.rows.length + state.columns.length + state.cells.length > 0;
        table.toggleAttribute('data-focused', any);
        table.querySelectorAll<HTMLElement>('[data-cell]').forEach((cell) => {
          const [row, col] = cell.dataset.cell!.split('/') as [string, string];
          const on = state.rows.includes(row) || state.columns.includes(col) || state.cells.includes(`${row}/${col}`);
          cell.toggleAttribute('data-on', any && on);
        });
        if (wrap) {
          wrap.toggleAttribute('data-focused', any);
          wrap
            .querySelectorAll<HTMLElement>('[data-ex-cards]')
            .forEach((list) => list.toggleAttribute('data-shown', list.dataset.exCards === state.state));
          place(wrap, table, state);
        }
      }
      drawn(state.state);
    },
  };
});
