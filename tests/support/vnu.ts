// Runs the W3C Nu HTML checker (vnu, the `vnu-jar` devDependency) on files, with the system's Java: Debian's
// `default-jre-headless` (.ci/run installs it when missing). vnu-jar's own launcher would download a Java from the
// internet when none is found; this one never does, and says how to install it instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const INSTALL_JAVA = 'apt-get install -y default-jre-headless';

/** JAVA_HOME's java, else a java on PATH; undefined when there is none. */
export function javaPath(): string | undefined {
  const candidates = [
    ...(process.env.JAVA_HOME ? [path.join(process.env.JAVA_HOME, 'bin', 'java')] : []),
    ...(process.env.PATH ?? '')
      .split(path.delimiter)
      .filter(Boolean)
      .map((dir) => path.join(dir, 'java')),
  ];
  return candidates.find((p) => existsSync(p));
}

/** The path of vnu.jar inside the vnu-jar package (the package's main export is that path). */
const vnuJar = (): string => String(createRequire(import.meta.url)('vnu-jar'));

export interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** vnu's errors for these files (warnings and info left out), each as "file:line:column message". */
export function vnuErrors(files: string[], relativeTo: string): string[] {
  const java = javaPath();
  if (!java) throw new Error(`No Java for the Nu HTML checker. Install Debian's: \`${INSTALL_JAVA}\` (.ci/run does).`);
  const run = spawnSync(java, ['-jar', vnuJar(), '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  // vnu writes its JSON report to stderr, and exits 1 when it found an error.
  const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  return report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map(
      (m) => `${path.relative(relativeTo, decodeURIComponent(m.url.replace(/^file:/, '')))}:${m.lastLine ?? 0}:${m.firstColumn ?? 0} ${m.message}`,
    );
}
