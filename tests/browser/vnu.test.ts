// The W3C Nu HTML checker (vnu), the reference validator, on every page of dist/: 0 errors. html-validate
// (dist.test.ts) reads the HTML as a tree and missed a <script> after </html>; vnu parses as browsers do.
// Without Java this file is reported skipped, with the command that installs it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { listFiles } from '../support/links';
import { isStoryPart } from '../support/pages';
import { INSTALL_JAVA, javaPath, vnuErrors } from '../support/vnu';

const dist = inject('distDir');
const hasJava = javaPath() !== undefined;

describe.skipIf(!hasJava)(
  hasJava ? 'the Nu HTML checker (vnu)' : `the Nu HTML checker (vnu): SKIPPED, no Java on this machine (install it: \`${INSTALL_JAVA}\`)`,
  () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'explainer-vnu-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    it('finds no error in any page of dist/ (the story, every chapter, every embed, 404)', () => {
      // The story's parts are fragments, not documents: the checker reads them whole in one-page/index.html.
      const pages = listFiles(dist).filter((f) => f.endsWith('.html') && !isStoryPart(f));
      expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', 'chapters/peace-plan/index.html', 'embed/territory/index.html']));
      expect(
        vnuErrors(
          pages.map((p) => path.join(dist, p)),
          dist,
        ),
      ).toEqual([]);
    });

    it('has teeth: a <script> after </html> is an error', () => {
      const page = (tail: string) => `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><p>x</p></main></body></html>${tail}`;
      writeFileSync(path.join(scratch, 'ok.html'), page(''));
      writeFileSync(path.join(scratch, 'bad.html'), page('<script src="a.js"></script>'));
      const errors = vnuErrors([path.join(scratch, 'ok.html'), path.join(scratch, 'bad.html')], scratch);
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect(e).toMatch(/^bad\.html:1:\d+ /);
      expect(errors[0]).toMatch(/Stray start tag “script”/);
    });
  },
);
