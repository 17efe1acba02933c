// The remark plugin Astro's MDX pipeline runs on every chapter: the same chapter checks as the build's first step
// (src/checks/chapter.ts), on the tree Astro renders, so each component is handed its `where` and each <Step> its
// chart. The site was checked before Astro started; a mistake here means a chapter changed while dev runs.
import path from 'node:path';
import { ContentError, withExcerpts } from '../reader/errors';
import { CHAPTERS_DIR } from '../content-paths';
import { checkChapterTree, type Node } from '../checks/chapter';
import { checkSiteCached } from '../checks/site';

interface VFileLike {
  path?: string;
  history?: string[];
  cwd?: string;
  value?: unknown;
}

function absoluteFile(file: VFileLike): string {
  return file.path ?? file.history?.[0] ?? 'unknown file';
}

/** The project a chapter belongs to: the folder that holds its content/chapters/ (or the working directory). */
function projectRoot(file: VFileLike): string {
  const abs = absoluteFile(file).split(path.sep).join('/');
  const at = abs.lastIndexOf(`/${CHAPTERS_DIR}/`);
  return at >= 0 ? abs.slice(0, at) : (file.cwd ?? process.cwd());
}

export default function remarkExplainer() {
  return (tree: Node, file: VFileLike) => {
    const root = projectRoot(file);
    const name = path.relative(root, absoluteFile(file)).split(path.sep).join('/');
    const site = checkSiteCached(root);
    const known = {
      values: site.catalog.values,
      sources: site.catalog.sources,
      charts: new Map([...site.charts].map(([id, c]) => [id, Object.keys(c.chart.spec.states)])),
    };
    const dateline = site.chapters.find((c) => c.file === name)?.dateline ?? site.site.dateline;
    const problems = checkChapterTree(tree, name, known, dateline);
    if (problems.length) throw new ContentError(typeof file.value === 'string' ? withExcerpts(problems, name, file.value) : problems);
  };
}
