// How the plan's themes read on the page, in an edition (the words are in src/i18n/ui-kinds.ts).
import type { Theme } from '../../schemas/notes';
import type { Locale } from '../../i18n/locale';
import { THEME_WORDS } from '../../i18n/ui-kinds';

/** Each theme's name in an edition: themeLabels('en').territory === 'Territory'. */
export function themeLabels(locale: Locale): Record<Theme, string> {
  return Object.fromEntries(Object.entries(THEME_WORDS).map(([t, w]) => [t, w[locale]])) as Record<Theme, string>;
}

/** The English names (the default edition). */
export const THEME_LABELS = themeLabels('en');
