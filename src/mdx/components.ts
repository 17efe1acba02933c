// The components an editor may use in a chapter, and the props each takes. One list, read by the MDX checker
// (remark-explainer.ts) and by the docs, so a misspelt prop is caught at build time with a suggestion.
export interface PropSpec {
  required: readonly string[];
  optional: readonly string[];
}

export const COMPONENTS: Record<string, PropSpec> = {
  Scrolly: { required: ['chart'], optional: [] },
  Step: { required: ['state'], optional: [] },
  Fig: { required: ['id'], optional: [] },
  Cite: { required: ['id'], optional: [] },
  Quote: { required: ['by', 'source'], optional: ['role'] },
  Timeline: { required: [], optional: [] },
};

