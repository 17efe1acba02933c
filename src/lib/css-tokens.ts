// The colour tokens of src/styles/tokens.css as data, for code that draws without a browser (the pictures made at
// build time). tokens.css stays the one home of the values: this reads it, it does not copy it.

export type Tokens = Readonly<Record<string, string>>;

const DARK = '@media (prefers-color-scheme: dark)';

function hexTokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--(ex-[a-z0-9-]+):\s*(#[0-9a-fA-F]{3,8})\s*;/g)].map((m) => [m[1]!, m[2]!]));
}

/** Every `--ex-…: #hex;` of the light theme, and the dark theme (light overridden by the dark media block). */
export function parseTokens(css: string): { light: Tokens; dark: Tokens } {
  const at = css.indexOf(DARK);
  const light = hexTokens(at < 0 ? css : css.slice(0, at));
  const dark = { ...light, ...(at < 0 ? {} : hexTokens(css.slice(at))) };
  return { light, dark };
}
