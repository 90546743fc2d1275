// The desktop host: every call goes through the typed bridge the preload exposes.
import type { OpenFilesResult, ReadoutBridge, Result } from '../../../preload/contract';
import type { ChosenFiles, Platform } from './platform';

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The host's answer as the renderer's ChosenFiles. */
function chosenFrom(value: OpenFilesResult): ChosenFiles {
  return {
    files: value.files.map(({ name, bytes }) => ({ name, bytes })),
    refused: value.refused.map(({ name, code, message }) => ({ name, code, message })),
  };
}

export function createElectronPlatform(bridge: ReadoutBridge): Platform {
  return {
    kind: 'desktop',
    async chooseDigestFolder() {
      return chosenFrom(unwrap(await bridge.openFolder({})));
    },
    onFilesOpened(listener) {
      const take = async () => {
        const chosen = chosenFrom(unwrap(await bridge.takeOpenedFiles({})));
        if (chosen.files.length > 0 || chosen.refused.length > 0) listener(chosen);
      };
      // Files opened before the window was ready are waiting already.
      void take();
      return bridge.onFilesOpened(() => void take());
    },
    async chooseDigestFiles() {
      const result = await bridge.openFiles({ filters: 'digests' });
      if (!result.ok) throw new Error(result.error.message);
      return {
        files: result.value.files.map(({ name, bytes }) => ({ name, bytes })),
        refused: result.value.refused.map(({ name, code, message }) => ({ name, code, message })),
      };
    },
    async chooseBackupFile() {
      const { files, refused } = unwrap(await bridge.openFiles({ filters: 'backup' }));
      if (refused[0]) throw new Error(refused[0].message);
      return files[0] ? { name: files[0].name, bytes: files[0].bytes } : null;
    },
    async chooseLexiconFile() {
      const { files, refused } = unwrap(await bridge.openFiles({ filters: 'lexicon' }));
      if (refused[0]) throw new Error(refused[0].message);
      return files[0] ? { name: files[0].name, bytes: files[0].bytes } : null;
    },
    async saveExport({ name, bytes }) {
      return unwrap(await bridge.saveFile({ suggestedName: name, bytes }));
    },
    async printToPdf(route, name) {
      return unwrap(await bridge.printToPdf({ route, suggestedName: name }));
    },
    async revealExport(path, action) {
      unwrap(await bridge.revealFile({ path, action }));
    },
    async readTeamPassword(team) {
      return unwrap(await bridge.getTeamPassword({ team })).password;
    },
    async saveTeamPassword(team, password) {
      unwrap(await bridge.setTeamPassword({ team, password }));
    },
    async setTeamOrigin(origin) {
      unwrap(await bridge.setTeamOrigin({ origin }));
    },
    setLanguage(language) {
      void bridge.setLanguage({ language });
    },
    setHighlightCategories(names) {
      void bridge.setHighlightCategories({ names: [...names] });
    },
    onMenuCommand(listener) {
      return bridge.onMenuCommand(listener);
    },
  };
}
