// The components a chapter may use, handed to MDX so chapter files need no imports: one per spec in
// src/mdx/specs.ts, each the .astro file of the same name in this folder.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { COMPONENTS } from '../mdx/specs';

const files = import.meta.glob<{ default: AstroComponentFactory }>('./*.astro', { eager: true });

export const chapterComponents = Object.fromEntries(
  Object.keys(COMPONENTS).map((name) => {
    const file = files[`./${name}.astro`];
    if (!file) throw new Error(`src/mdx/specs.ts describes <${name}>, but src/components/${name}.astro does not exist.`);
    return [name, file.default];
  }),
);
