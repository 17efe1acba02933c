// What readers see in every state of every published chart, locked in a golden file: a change to a chart file, a
// dataset or a kind shows up here as a diff to read (update it with `npx vitest run -u` when the change is meant).
// The first version of this file was compared with the output of the TypeScript charts it replaced.
import { describe, expect, it } from 'vitest';
import { placeholdersIn } from '../../src/reader/placeholders';
import { allStates } from '../support/catalog';

const states = allStates();

describe('every state of every chart', () => {
  it('matches the golden file', async () => {
    await expect(JSON.stringify(states, null, 2) + '\n').toMatchFileSnapshot('../fixtures/chart-states.json');
  });
  it('has a heading, caption and summary, names itself, and leaves no placeholder unrendered', () => {
    for (const [chart, byState] of Object.entries(states))
      for (const [name, s] of Object.entries(byState)) {
        expect([s.chart, s.state]).toEqual([chart, name]);
        for (const text of [s.heading, s.caption, s.summary]) {
          expect(text.length).toBeGreaterThan(10);
          expect(placeholdersIn(text)).toEqual([]);
        }
      }
  });
  it('no two states of a chart look the same', () => {
    for (const byState of Object.values(states)) {
      const shown = Object.values(byState).map((s) => JSON.stringify({ ...s, state: '' }));
      expect(new Set(shown).size).toBe(shown.length);
    }
  });
});
