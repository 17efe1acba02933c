// Which Chromium the browser tests use (tools/chromium.ts): CHROME_PATH, else a system one, else the npm
// package's. The fallback itself is launched for real by tests/browser/chromium-fallback.test.ts.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { chooseChrome, systemChrome } from '../../tools/chromium';

const dir = mkdtempSync(path.join(tmpdir(), 'explainer-find-chrome-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, mode: number) => {
  const f = path.join(dir, name);
  writeFileSync(f, '#!/bin/sh\n');
  chmodSync(f, mode);
  return f;
};

describe('finding Chromium', () => {
  it('CHROME_PATH wins over a system Chromium, and a CHROME_PATH to nothing is an error, not a fallback', async () => {
    const npm = vi.fn(async () => '/npm/chromium');
    const mine = file('my-chrome', 0o755);
    expect(await chooseChrome({ chromePath: mine, system: () => '/usr/bin/chromium', npm })).toBe(mine);
    await expect(chooseChrome({ chromePath: path.join(dir, 'nothing'), system: () => '/usr/bin/chromium', npm })).rejects.toThrow(
      /CHROME_PATH is set to .*nothing, but no file is there/,
    );
    expect(npm).not.toHaveBeenCalled();
  });
  it('a system Chromium comes before the npm package’s, which is unpacked only when there is none', async () => {
    const npm = vi.fn(async () => '/npm/chromium');
    expect(await chooseChrome({ system: () => '/usr/bin/chromium', npm })).toBe('/usr/bin/chromium');
    expect(npm).not.toHaveBeenCalled();
    expect(await chooseChrome({ system: () => undefined, npm })).toBe('/npm/chromium');
    expect(npm).toHaveBeenCalledOnce();
  });
  it('a system Chromium is a known path, else an executable of a usual name on PATH', () => {
    const bin = path.join(dir, 'bin');
    const onPath = (name: string, mode: number) => {
      rmSync(bin, { recursive: true, force: true });
      mkdirSync(bin);
      const f = path.join(bin, name);
      writeFileSync(f, '#!/bin/sh\n');
      chmodSync(f, mode);
      return f;
    };
    expect(systemChrome([], '')).toBeUndefined();
    expect(systemChrome([path.join(dir, 'none')], `${path.join(dir, 'empty')}`)).toBeUndefined();
    const known = file('known-chromium', 0o755);
    expect(systemChrome([path.join(dir, 'none'), known], '')).toBe(known);
    const chrome = onPath('google-chrome', 0o755);
    expect(systemChrome([], `/nonexistent${path.delimiter}${bin}`)).toBe(chrome);
    onPath('chromium', 0o644); // not executable
    expect(systemChrome([], bin)).toBeUndefined();
  });
});
