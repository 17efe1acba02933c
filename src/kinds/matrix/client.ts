// The matrix kind in the browser: a state marks its rows, columns and cells; the CSS dims the rest.
import { registerRenderer } from '../renderers';
import type { MatrixState } from './index';

registerRenderer('matrix', (host, { drawn }) => ({
  draw(s) {
    const state = s as MatrixState;
    const table = host.querySelector<HTMLElement>('[data-ex-matrix]');
    if (table) {
      const any = state.rows.length + state.columns.length + state.cells.length > 0;
      table.toggleAttribute('data-focused', any);
      table.querySelectorAll<HTMLElement>('[data-cell]').forEach((cell) => {
        const [row, col] = cell.dataset.cell!.split('/') as [string, string];
        const on = state.rows.includes(row) || state.columns.includes(col) || state.cells.includes(`${row}/${col}`);
        cell.toggleAttribute('data-on', any && on);
      });
    }
    drawn(state.state);
  },
}));
