// The few words the browser writes itself (src/client/embed-code.ts: what the copy button and the live region say
// after a click): words the page does not hold until then. Small on purpose: this table is in the page's JavaScript.
// The words the page already holds (the button's own label, the embed's counter) are read from the page instead.
import type { Locale } from './locale';
import { wordsIn, type Words } from './words';

export const UI_CLIENT = {
  copied: { en: 'Copied', uk: 'Скопійовано' },
  copiedCode: { en: 'Copied the embed code.', uk: 'Код для вбудовування скопійовано.' },
  copyFailed: { en: 'Could not copy: select the code and copy it.', uk: 'Не вдалося скопіювати: виділіть код і скопіюйте його.' },
} satisfies Words;

/** The edition of the page a script runs in: Ukrainian when <html lang> starts with `uk`. */
export const pageLocale = (): Locale => (document.documentElement.lang.startsWith('uk') ? 'uk' : 'en');

/** The browser's words in the page's edition. */
export const clientWords = () => wordsIn(UI_CLIENT, pageLocale());
