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

/** A file the user exported: where it went (desktop), or only its name (a browser download). */
export interface SavedExport {
  name: string;
  path: string | null;
}

export interface Platform {
  kind: 'desktop' | 'browser';
  /** Lets the user choose digest files; resolves with none when they cancel. */
  chooseDigestFiles(): Promise<ChosenFiles>;
  /** Lets the user choose one backup file; null when they cancel. */
  chooseBackupFile(): Promise<ChosenFile | null>;
  /** Lets the user choose one lexicon file (CSV or JSON) to import; null when they cancel. */
  chooseLexiconFile(): Promise<ChosenFile | null>;
  /** Desktop only: lets the user choose a folder; every importable file under it, read. */
  chooseDigestFolder?(): Promise<ChosenFiles>;
  /** Desktop only: files the app was asked to open; the listener gets each batch once. Returns the unsubscribe function. */
  onFilesOpened?(listener: (files: ChosenFiles) => void): () => void;
  /** Tells the host the UI language (the desktop menu follows it). */
  setLanguage(language: UiLanguage): void;
  /** Desktop only: the highlight categories' names in the UI language, for the native Highlight menu. */
  setHighlightCategories?(names: readonly string[]): void;
  /** Saves an exported file: a save dialog on the desktop, a download in the browser; null when cancelled. */
  saveExport(file: { name: string; mimeType: string; bytes: Uint8Array }): Promise<SavedExport | null>;
  /**
   * Prints the print view (a #/print/… route) to PDF. The desktop prints it in a hidden window and
   * saves the PDF; the browser shows the print view, where the browser's own print makes the PDF.
   */
  printToPdf(route: string, name: string): Promise<SavedExport | null>;
  /** Opens a saved export, or shows it in its folder (desktop only). */
  revealExport?(path: string, action: 'open' | 'show'): Promise<void>;
  /**
   * The team password for a team key (server, database, user). The desktop keeps it in main,
   * encrypted with the OS keychain (safeStorage); the browser only for this session, in memory —
   * never in IndexedDB or localStorage.
   */
  readTeamPassword(team: string): Promise<string | null>;
  saveTeamPassword(team: string, password: string | null): Promise<void>;
  /** Desktop only: the team server's origin, which main's request filter and CSP then admit. */
  setTeamOrigin?(origin: string | null): Promise<void>;
  /** The host's own menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
