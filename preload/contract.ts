// The one contract between the renderer and the main process: every IPC channel, its arguments
// and its result. Main registers a handler per channel (main/ipc/register.ts), the preload exposes
// one line per channel (preload/index.ts); feature code only ever sees the typed `ReadoutBridge`.

/** Every answer crosses the bridge in an envelope, so errors arrive as data, not as thrown strings. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export type ErrorCode = 'invalid-arguments' | 'forbidden-sender' | 'too-large' | 'unreadable' | 'cancelled' | 'internal';

/** A file the user chose, read by main within the size cap. Bytes, not text: decoding is the renderer's job. */
export interface OpenedFile {
  name: string;
  path: string;
  size: number;
  bytes: Uint8Array;
}

/** A file the user chose that main refused to read (too large, unreadable), named so the UI can say why. */
export interface RefusedFile {
  name: string;
  path: string;
  code: ErrorCode;
  message: string;
}

export interface OpenFilesResult {
  files: OpenedFile[];
  refused: RefusedFile[];
}

export type UiLanguage = 'zh-CN' | 'en';
/** The same languages as data, for main's argument schema (z.enum) and anything that lists them. */
export const uiLanguages = ['zh-CN', 'en'] as const satisfies readonly UiLanguage[];

/** Commands the native menu sends to the renderer; the renderer's command registry runs them. */
export type MenuCommand =
  | 'import'
  | 'import-folder'
  | 'paste'
  | 'export'
  | 'go-library'
  | 'go-settings'
  | 'undo'
  | 'find-in-issue'
  | 'search-library'
  | HighlightMenuCommand;

/** The Highlight menu: a category (1–6) for the selection or the current highlight, note, tag, delete, caret mode. */
export type HighlightMenuCommand =
  | 'highlight-1'
  | 'highlight-2'
  | 'highlight-3'
  | 'highlight-4'
  | 'highlight-5'
  | 'highlight-6'
  | 'highlight-note'
  | 'highlight-tag'
  | 'highlight-delete'
  | 'caret-mode';

/** How many highlight categories there are (keys 1–6; their names are the analyst's). */
export const HIGHLIGHT_CATEGORY_COUNT = 6;

/** Invoke channels: name → [arguments tuple, result value]. */
export interface InvokeChannels {
  /** The open dialog: digests (several files), one Readout backup, or one lexicon file (CSV or JSON). */
  'files:open': [args: { filters: 'digests' | 'backup' | 'lexicon' }, result: OpenFilesResult];
  /** The folder dialog; every importable file under the chosen folder, read within the size cap. */
  'files:open-folder': [args: Record<string, never>, result: OpenFilesResult];
  /** Files the app was asked to open (double-click, "Open with"), read and taken off the queue. */
  'files:take-opened': [args: Record<string, never>, result: OpenFilesResult];
  'app:set-language': [args: { language: UiLanguage }, result: null];
  'app:get-locale': [args: Record<string, never>, result: { locale: string }];
  /** The highlight categories' names as the analyst set them, in the UI language: the Highlight menu shows them. */
  'app:set-highlight-categories': [args: { names: string[] }, result: null];
  /** Native save dialog, then write the bytes; null when the user cancels. */
  'files:save': [args: { suggestedName: string; bytes: Uint8Array }, result: SavedFile | null];
  /** Print the renderer's print view (a #/print/… route) to PDF in a hidden window, saved where the user chooses. */
  'export:print-pdf': [args: { route: string; suggestedName: string }, result: SavedFile | null];
  /** Open a file this session saved, or show it in its folder. */
  'files:reveal': [args: { path: string; action: 'open' | 'show' }, result: null];
  /** The team password main keeps (encrypted with safeStorage) for this team (server, database and user). */
  'team:get-password': [args: { team: string }, result: { password: string | null }];
  /** Keeps (or, with null, forgets) the team password; refused where the OS offers no encryption. */
  'team:set-password': [args: { team: string; password: string | null }, result: null];
  /** The team server's origin (https, or loopback http), or null: the one origin requests and the CSP admit besides the app. */
  'team:set-origin': [args: { origin: string | null }, result: null];
}

export interface SavedFile {
  path: string;
  name: string;
}

/** Routes the print view answers to: #/print/ followed by a base64url export spec. */
export const PRINT_ROUTE_PATTERN = /^#\/print\/[A-Za-z0-9_-]{1,20000}$/;

export type InvokeChannel = keyof InvokeChannels;
export type InvokeArgs<C extends InvokeChannel> = InvokeChannels[C][0];
export type InvokeResult<C extends InvokeChannel> = InvokeChannels[C][1];

/** Push channels: main → renderer. */
export interface PushChannels {
  'menu:command': MenuCommand;
  /** Files are waiting to be imported: the renderer takes them with files:take-opened. */
  'files:opened': null;
}
export type PushChannel = keyof PushChannels;

/** Largest file main will read for an import; larger ones are refused with a message naming them. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
/** Largest backup main will read for a restore: a backup holds the whole library (300 issues ≈ 35 MB). */
export const MAX_BACKUP_FILE_BYTES = 512 * 1024 * 1024;
/** Longest team key (server, database and user) and password main keeps. */
export const MAX_TEAM_KEY_LENGTH = 1000;
export const MAX_TEAM_PASSWORD_LENGTH = 1000;
/** Longest highlight category name, for the settings form and main's menu alike. */
export const MAX_CATEGORY_NAME_LENGTH = 60;

/** The bridge's method for each invoke channel: the renderer calls methods, never channel strings. */
export const bridgeMethods = {
  openFiles: 'files:open',
  openFolder: 'files:open-folder',
  takeOpenedFiles: 'files:take-opened',
  setLanguage: 'app:set-language',
  getLocale: 'app:get-locale',
  setHighlightCategories: 'app:set-highlight-categories',
  saveFile: 'files:save',
  printToPdf: 'export:print-pdf',
  revealFile: 'files:reveal',
  getTeamPassword: 'team:get-password',
  setTeamPassword: 'team:set-password',
  setTeamOrigin: 'team:set-origin',
} as const satisfies Record<string, InvokeChannel>;
type BridgeMethods = typeof bridgeMethods;
type MustBeNever<T extends never> = T;
/** Fails the typecheck when a channel of InvokeChannels has no bridge method. */
export type UnbridgedChannels = MustBeNever<Exclude<InvokeChannel, BridgeMethods[keyof BridgeMethods]>>;
/** Every invoke channel, derived from the bridge table: main registers exactly these. */
export const invokeChannelNames: readonly InvokeChannel[] = Object.values(bridgeMethods);

/** What the preload exposes as `window.readout`. */
export type ReadoutBridge = {
  [M in keyof BridgeMethods]: (args: InvokeArgs<BridgeMethods[M]>) => Promise<Result<InvokeResult<BridgeMethods[M]>>>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onFilesOpened(listener: () => void): () => void;
};

/** The Highlight menu's category items, keys 1–6 in order. */
export const highlightCategoryCommands = [
  'highlight-1',
  'highlight-2',
  'highlight-3',
  'highlight-4',
  'highlight-5',
  'highlight-6',
] as const satisfies readonly HighlightMenuCommand[];

export const menuCommands = [
  'import',
  'import-folder',
  'paste',
  'export',
  'go-library',
  'go-settings',
  'undo',
  'find-in-issue',
  'search-library',
  ...highlightCategoryCommands,
  'highlight-note',
  'highlight-tag',
  'highlight-delete',
  'caret-mode',
] as const satisfies readonly MenuCommand[];
