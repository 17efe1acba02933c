// The components a chapter may use are described once (src/mdx/specs.ts): the checks, the citations and the editor's
// guide all follow from that list.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPONENTS, componentTable } from '../../src/mdx/specs';

const root = path.resolve(import.meta.dirname, '../..');

describe('component specs', () => {
  it('give the editor’s guide its table of components, word for word', () => {
    expect(readFileSync(path.join(root, 'docs/editing.md'), 'utf8')).toContain(componentTable());
  });
  it('name a component file for each component', () => {
    for (const name of Object.keys(COMPONENTS)) expect(existsSync(path.join(root, `src/components/${name}.astro`)), name).toBe(true);
  });
  it('say what each id-like prop names', () => {
    expect(COMPONENTS.Fig!.props.find((p) => p.name === 'id')?.names).toBe('value');
    expect(COMPONENTS.Step!.inside).toBe('Scrolly');
  });
});
