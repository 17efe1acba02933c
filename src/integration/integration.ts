// Checks what editors write before Astro reads it (src/checks/site.ts), so a mistake stops `npm run build`
// with our message (file, line, column, field, expected, hint) instead of a schema error without a line.
// `npm run dev` runs the same check when it starts (and stops on a mistake, as the build does), then whenever a
// file in content/ changes: the message goes to the terminal, and every page shows it (src/integration/load.ts) until the
// mistake is fixed.
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkSite } from '../checks/site';
import { ContentError } from '../reader/errors';
import { CONTENT_DIR } from '../content-paths';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locale';
import { translationStatus } from '../checks/translation-status';

/** The message, or undefined when everything is in order. Anything but a content mistake is a bug: rethrown. */
function mistakes(root: string, warn: (message: string) => void = () => undefined): ContentError | undefined {
  // Every edition: English first (a mistake there is reported once, not again by each translation), then each
  // translation laid over it.
  for (const locale of LOCALES)
    try {
      checkSite(root, locale).warnings.forEach(locale === 'en' ? warn : () => undefined);
    } catch (e) {
      if (e instanceof ContentError) return e;
      throw e;
    }
  return undefined;
}

export default function explainerChecks(): AstroIntegration {
  let root = process.cwd();
  let last = '';
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build' && command !== 'dev') return;
        // At start-up, dev stops too: Astro's content sync would stop it anyway, with a message that has no line.
        const error = mistakes(root, (w) => logger.warn(`warning: ${w}`));
        if (error) throw error;
        // Translations whose English changed since: listed, not fatal (the translator may be at work on them).
        for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
          const status = translationStatus(root, locale);
          if (status.stale.length) logger.warn(status.text);
          else logger.info(status.text);
        }
      },
      // Astro writes only the site's root 404 page as 404.html; a translation's (src/pages/uk/404.astro) would be
      // uk/404/index.html. Static hosts look for <folder>/404.html, so it is moved there.
      'astro:build:done': ({ dir }) => {
        for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
          const folder = path.join(fileURLToPath(dir), locale, '404');
          if (!existsSync(path.join(folder, 'index.html'))) continue;
          renameSync(path.join(folder, 'index.html'), path.join(folder, '..', '404.html'));
          rmdirSync(folder);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(`${root.replace(/\/$/, '')}/${CONTENT_DIR}/`)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const error = mistakes(root);
            const now = error?.message ?? '';
            if (now && now !== last) logger.error(now);
            else if (!now && last) logger.info('content checks pass again.');
            last = now;
          }, 100);
        });
      },
    },
  };
}
