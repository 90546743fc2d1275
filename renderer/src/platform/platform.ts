// What the renderer needs from its host, whichever it is: the desktop shell (Electron, through
// window.readout) or a plain browser (file inputs and downloads). Feature code sees only this.
import type { MenuCommand, RefusedFile, UiLanguage } from '../../../preload/contract';

export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

export interface ChosenFiles {
  files: ChosenFile[];
  /** Files the host refused to read (too large, unreadable), with the reason. */
  refused: Pick<RefusedFile, 'name' | 'code' | 'message'>[];
}

export interface Platform {
  kind: 'desktop' | 'browser';
  /** Lets the user choose digest files; resolves with none when they cancel. */
  chooseDigestFiles(): Promise<ChosenFiles>;
  /** Tells the host the UI language (the desktop menu follows it). */
  setLanguage(language: UiLanguage): void;
  /** The host's own menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
