// What goes into the installers, checked here, where Electron's binary and electron-builder's
// helper downloads are out of reach: the `dir` target is packed with the real configuration
// against a stub Electron directory (electronDist), then a .deb is built from it with
// electron-installer-debian, which needs only Debian's dpkg-deb. The checks read app.asar the way
// Electron will. Where the stub or the .deb cannot be made, the test is skipped with the reason.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';
import { Arch, Platform, build } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../electron-builder.config';

const root = fileURLToPath(new URL('../..', import.meta.url));
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; version: string };

function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Why the stub cannot be made here, or null. The stub is the Linux layout of an unpacked Electron. */
function stubUnavailable(): string | null {
  if (process.platform !== 'linux') return `the stub Electron directory is made for Linux only (this is ${process.platform})`;
  if (!existsSync(join(root, 'out/main/index.js'))) return 'the app is not built (npm run test:package builds it first)';
  return null;
}
const noStub = stubUnavailable();
const noDeb = noStub ?? (hasCommand('dpkg-deb') ? null : 'dpkg-deb is not installed (apt-get install dpkg)');
if (noStub) console.log(`packaging test skipped: ${noStub}`);
else if (noDeb) console.log(`.deb check skipped: ${noDeb}`);

const work = mkdtempSync(join(tmpdir(), 'readout-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * What electron-builder copies from an unpacked Electron: the executable it renames, the version
 * file, the resources folder its app.asar goes into. The executable only says it is a stub.
 */
function makeStubElectron(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\necho "stub Electron for the packaging test; it cannot run Readout" >&2\nexit 1\n');
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), electronVersion);
  writeFileSync(join(dir, 'LICENSE'), 'stub');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<p>stub</p>');
}

let unpacked = '';
let asarPath = '';
let entries: string[] = [];

describe.skipIf(noStub !== null)('the packed app (dir target, stub Electron)', () => {
  beforeAll(async () => {
    const stub = join(work, 'electron-stub');
    makeStubElectron(stub);
    const output = join(work, 'dist');
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      config: { ...config, electronDist: stub, electronVersion, directories: { ...config.directories, output } },
    });
    unpacked = join(output, 'linux-unpacked');
    asarPath = join(unpacked, 'resources', 'app.asar');
    // listPackage names entries with a leading separator: /out/main/index.js
    entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.replace(/^[\\/]/, '').replaceAll('\\', '/'));
    const files = entries.filter((entry) => {
      try {
        return extractFile(asarPath, entry).length >= 0 && !entry.endsWith('/');
      } catch {
        return false; // a folder
      }
    });
    console.log(`app.asar: ${(statSync(asarPath).size / (1024 * 1024)).toFixed(2)} MB, ${files.length} files (${entries.length} entries)`);
  }, 600_000);

  it('is one app.asar holding the built main, preload and renderer and the sample issue', () => {
    expect(existsSync(asarPath)).toBe(true);
    for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) expect(entries).toContain(built);
    expect(entries.some((entry) => entry.startsWith('out/renderer/assets/') && entry.endsWith('.js'))).toBe(true);
    expect(entries).toContain('resources/sample/wuxi-leaders-week-2022-09-12.txt');
  });

  it("has a package.json whose main is a file in the package, with the app's product name and version", () => {
    const packed = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as {
      main: string;
      version: string;
      productName: string;
      devDependencies?: unknown;
    };
    expect(packed.main).toBe(pkg.main);
    // Electron names the profile folder after it: ~/.config/Readout, as the README says.
    expect(packed.productName).toBe('Readout');
    expect(packed.devDependencies).toBeUndefined();
    expect(entries).toContain(packed.main);
    expect(packed.version).toBe(pkg.version);
  });

  it('holds no tests, benchmark, sources, source maps or dev configuration', () => {
    const forbidden = entries.filter(
      (entry) =>
        /(^|\/)(tests?|bench|__tests__|scripts|docs)\//.test(entry) ||
        /\.(map|ts|tsx|mts)$/.test(entry) ||
        /^(main|preload|renderer\/src)\//.test(entry) ||
        /(^|\/)(vitest|playwright|eslint|electron\.vite|tsconfig)[^/]*$/.test(entry),
    );
    expect(forbidden).toEqual([]);
  });

  it("needs nothing at run time that is not in it: main's imports are Node's own, electron, or files inside", () => {
    const mainCode = readdirSync(join(root, 'out/main')).filter((name) => name.endsWith('.js'));
    const bare = new Set<string>();
    for (const name of mainCode) {
      const code = extractFile(asarPath, `out/main/${name}`).toString('utf8');
      for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([@a-z][\w./@-]*)["']/g)) bare.add(match[1]!);
    }
    const outside = [...bare].filter((spec) => spec !== 'electron' && !spec.startsWith('node:') && !builtinModules.includes(spec));
    expect(outside).toEqual([]);
  });

  it('is started by the renamed executable', () => {
    expect(existsSync(join(unpacked, 'readout'))).toBe(true);
    expect(readdirSync(unpacked)).not.toContain('electron');
  });

  describe.skipIf(noDeb !== null)('the .deb built from it (electron-installer-debian, dpkg-deb)', () => {
    let deb = '';
    beforeAll(async () => {
      const { default: installer } = await import('electron-installer-debian');
      // electron-builder keeps Electron's license as LICENSE.electron.txt; the .deb's copyright file is read from LICENSE.
      copyFileSync(join(unpacked, 'LICENSE.electron.txt'), join(unpacked, 'LICENSE'));
      const result = await installer({
        src: unpacked,
        dest: join(work, 'deb'),
        arch: 'amd64',
        name: 'readout',
        productName: config.productName,
        genericName: 'Digest reader',
        bin: 'readout',
        icon: join(root, 'resources/icons/512x512.png'),
        categories: ['Office'],
        mimeType: config.fileAssociations.map((association) => association.mimeType),
      });
      deb = result.packagePaths[0] ?? '';
      console.log(`.deb: ${(statSync(deb).size / (1024 * 1024)).toFixed(2)} MB`);
    }, 600_000);

    it('installs the app with app.asar, the launcher entry and the icon', () => {
      const listing = execFileSync('dpkg-deb', ['--contents', deb], { encoding: 'utf8' });
      expect(listing).toMatch(/\/usr\/lib\/readout\/resources\/app\.asar/);
      expect(listing).toMatch(/\/usr\/share\/applications\/readout\.desktop/);
      expect(listing).toMatch(/\/usr\/share\/pixmaps\/readout\.png/);
      const control = execFileSync('dpkg-deb', ['--field', deb, 'Package', 'Version'], { encoding: 'utf8' });
      expect(control).toContain('Package: readout');
      expect(control).toContain(`Version: ${pkg.version}`);
    });

    it('opens the import formats: its desktop entry names their MIME types', () => {
      const dir = join(work, 'deb-extracted');
      execFileSync('dpkg-deb', ['--extract', deb, dir]);
      const desktop = readFileSync(join(dir, 'usr/share/applications/readout.desktop'), 'utf8');
      const mimeTypes =
        desktop
          .match(/^MimeType=(.*)$/m)?.[1]
          ?.split(';')
          .filter(Boolean) ?? [];
      expect(mimeTypes.sort()).toEqual(
        ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/html', 'text/markdown', 'text/plain'].sort(),
      );
      expect(desktop).toMatch(/^Exec=readout %U$/m);
    });
  });
});
