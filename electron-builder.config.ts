// How Readout is packaged: `npm run dist` builds the installers of the platform it runs on —
// AppImage and .deb on Linux, an NSIS installer on Windows, a dmg on macOS. The package holds the
// built app (out/), the sample issue and package.json, in one app.asar; nothing else from the
// repository (sources, tests, the benchmark, source maps) goes in. tests/package/ packs the `dir`
// target with this configuration and checks what went in (npm run test:package).

import type { Configuration } from 'electron-builder';

/** The import formats (main/ipc/handlers/files.ts): opening one of these files opens Readout. */
const importFormats = [
  { ext: 'txt', name: 'Text digest', mimeType: 'text/plain' },
  { ext: ['html', 'htm'], name: 'HTML digest', mimeType: 'text/html' },
  { ext: 'docx', name: 'Word digest', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { ext: 'md', name: 'Markdown digest', mimeType: 'text/markdown' },
];

const config = {
  appId: 'org.readout.desktop',
  productName: 'Readout',
  copyright: 'Readout',
  directories: { output: 'dist', buildResources: 'resources' },
  // main, preload and the renderer are bundled by electron-vite (main and preload with their
  // dependencies), so the package needs no node_modules at all.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'resources/sample/**', 'package.json', '!**/*.map', '!**/node_modules/**'],
  asar: true,
  // Electron names the profile folder (where the library lives) after productName: Readout.
  extraMetadata: { productName: 'Readout' },
  fileAssociations: importFormats.map((format) => ({ ...format, role: 'Viewer', icon: 'icon' })),
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'resources/icons',
    executableName: 'readout',
    synopsis: 'Read, highlight and tag Chinese government news digests offline',
    maintainer: 'Readout <readout@localhost>',
  },
  appImage: { artifactName: '${productName}-${version}.${ext}' },
  deb: { packageCategory: 'text', artifactName: '${name}_${version}_${arch}.${ext}' },
  win: { target: ['nsis'], icon: 'resources/icon.ico' },
  nsis: {
    artifactName: '${productName} Setup ${version}.${ext}',
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  mac: { target: ['dmg'], icon: 'resources/icon.icns', category: 'public.app-category.productivity' },
} satisfies Configuration;

export default config;
