#!/usr/bin/env node
// `npm start`: build and open the desktop app. Where the Electron binary is not installed and
// cannot be downloaded (a machine without access to its download), say so in one line and serve
// the same app in browser mode instead, so a newcomer always gets a running Readout.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function electronBinaryPath() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function tryInstallElectron() {
  try {
    const installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
    spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 });
  } catch {
    // no electron package at all: the browser mode below still works
  }
}

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

if (!electronBinaryPath()) tryInstallElectron();

if (electronBinaryPath()) {
  run(npx, ['electron-vite', 'preview']);
} else {
  console.log(
    'Readout: the Electron binary is not installed and its download is unreachable here, so the same app runs in browser mode instead.',
  );
  const build = spawnSync(npm, ['run', '--silent', 'build:web'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const port = process.env.PORT ?? '4173';
  console.log(`Readout is running at http://127.0.0.1:${port}/ — open it in Chromium or Chrome (Ctrl+C stops it).`);
  run(npx, ['vite', 'preview', '--config', 'renderer/vite.config.mts', '--port', port, '--strictPort', '--logLevel', 'warn']);
}
