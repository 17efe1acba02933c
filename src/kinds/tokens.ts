// The page's colour tokens (src/styles/tokens.css, the one home of the colours) for what is drawn at build time:
// chart pictures and social cards use the same colours as the page, in both themes.
import tokensCss from '../styles/tokens.css?raw';
import { parseTokens, type Tokens } from '../lib/css-tokens';

export type Theme = 'light' | 'dark';

const THEMES = parseTokens(tokensCss);

/** The page's `--ex-<name>` custom properties for a theme, e.g. `themeTokens('light')['ex-color-claim']`. */
export function themeTokens(theme: Theme): Tokens {
  return THEMES[theme];
}

export function tokenColor(theme: Theme, name: string): string {
  const value = THEMES[theme][name];
  if (!value) throw new Error(`src/styles/tokens.css has no --${name}`);
  return value;
}
