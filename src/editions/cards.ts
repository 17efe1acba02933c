// The social card each page of an edition names in og:image: the story's, and each chapter's.
import { cardPath } from '../social/cards';
import type { Locale } from '../i18n/locale';

/** The story's card: public/social-card.png in English. */
export const storyCardPath = (locale: Locale): string => (locale === 'en' ? 'social-card.png' : 'social-card.png');

/** A chapter's card, drawn at build time (src/pages/social/[slug].png.ts). */
export const chapterCardPath = (slug: string, locale: Locale): string => (locale === 'en' ? cardPath(slug) : cardPath(slug));
