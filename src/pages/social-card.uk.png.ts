// The Ukrainian edition's own social card, dist/social-card.uk.png (1200×630): named by the og:image of its pages
// that have no card of their own (src/social/cards.ts, storyCardPath('uk')). The English card is public/social-card.png.
import type { APIRoute } from 'astro';
import { loadSite } from '../integration/load';
import { renderStoryCard } from '../social/story-card';

export const GET: APIRoute = () => {
  const site = loadSite('uk');
  return new Response(new Uint8Array(renderStoryCard(site.catalog, site.site)), { headers: { 'content-type': 'image/png' } });
};
