// The preload: exposes `window.readout`, one line per contract method and nothing else. All checks
// happen in main (main/ipc/register.ts); this file only connects names to channels.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { bridgeMethods } from './contract';
import type { MenuCommand, PushChannel, ReadoutBridge } from './contract';

const menuCommand: PushChannel = 'menu:command';
const filesOpened: PushChannel = 'files:opened';

const api: ReadoutBridge = {
  openFiles: (args) => ipcRenderer.invoke(bridgeMethods.openFiles, args),
  openFolder: (args) => ipcRenderer.invoke(bridgeMethods.openFolder, args),
  takeOpenedFiles: (args) => ipcRenderer.invoke(bridgeMethods.takeOpenedFiles, args),
  setLanguage: (args) => ipcRenderer.invoke(bridgeMethods.setLanguage, args),
  getLocale: (args) => ipcRenderer.invoke(bridgeMethods.getLocale, args),
  setHighlightCategories: (args) => ipcRenderer.invoke(bridgeMethods.setHighlightCategories, args),
  saveFile: (args) => ipcRenderer.invoke(bridgeMethods.saveFile, args),
  printToPdf: (args) => ipcRenderer.invoke(bridgeMethods.printToPdf, args),
  revealFile: (args) => ipcRenderer.invoke(bridgeMethods.revealFile, args),
  getTeamPassword: (args) => ipcRenderer.invoke(bridgeMethods.getTeamPassword, args),
  setTeamPassword: (args) => ipcRenderer.invoke(bridgeMethods.setTeamPassword, args),
  setTeamOrigin: (args) => ipcRenderer.invoke(bridgeMethods.setTeamOrigin, args),
  onMenuCommand: (listener) => {
    const h = (_event: IpcRendererEvent, command: MenuCommand): void => listener(command);
    ipcRenderer.on(menuCommand, h);
    return () => ipcRenderer.removeListener(menuCommand, h);
  },
  onFilesOpened: (listener) => {
    const h = (): void => listener();
    ipcRenderer.on(filesOpened, h);
    return () => ipcRenderer.removeListener(filesOpened, h);
  },
};

contextBridge.exposeInMainWorld('readout', api);
