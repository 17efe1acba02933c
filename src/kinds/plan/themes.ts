// How the plan's themes read on the page.
import type { Theme } from '../../schemas/notes';

export const THEME_LABELS: Record<Theme, string> = {
  territory: 'Territory',
  military: 'Military limits',
  security: 'Security guarantees',
  economy: 'Economy and sanctions',
  politics: 'Politics',
};
