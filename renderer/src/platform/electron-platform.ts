// The desktop host: every call goes through the typed bridge the preload exposes.
import type { ReadoutBridge } from '../../../preload/contract';
import type { Platform } from './platform';

export function createElectronPlatform(bridge: ReadoutBridge): Platform {
  return {
    kind: 'desktop',
    async chooseDigestFiles() {
      const result = await bridge.openFiles({ filters: 'digests' });
      if (!result.ok) throw new Error(result.error.message);
      return {
        files: result.value.files.map(({ name, bytes }) => ({ name, bytes })),
        refused: result.value.refused.map(({ name, code, message }) => ({ name, code, message })),
      };
    },
    setLanguage(language) {
      void bridge.setLanguage({ language });
    },
    onMenuCommand(listener) {
      return bridge.onMenuCommand(listener);
    },
  };
}
