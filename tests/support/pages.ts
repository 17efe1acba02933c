// Every HTML page of the built site, as URL paths ("/", "/chapters/peace-plan/").
import { listFiles } from './links';

export function builtPages(distDir: string): string[] {
  return listFiles(distDir)
    .filter((f) => f.endsWith('.html'))
    .map((rel) => (rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`))
    .sort();
}
