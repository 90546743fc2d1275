// Small fakes of the electron APIs main uses, so main's modules run under Vitest:
// `vi.mock('electron', () => import('./fake-electron'))`. Each fake records what main gave it
// (handlers, options, sent messages) for the tests to inspect and trigger.
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { vi } from 'vitest';

type Listener = (...args: any[]) => any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A Chromium event: records whether a listener prevented it. */
export function fakeEvent<T extends object>(fields: T): T & { defaultPrevented: boolean; preventDefault(): void } {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeSession {
  permissionRequest?: Listener;
  permissionCheck?: Listener;
  beforeRequest?: Listener;
  headersReceived?: Listener;
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheck = handler;
  }
  webRequest = {
    onBeforeRequest: (listener: Listener) => {
      this.beforeRequest = listener;
    },
    onHeadersReceived: (listener: Listener) => {
      this.headersReceived = listener;
    },
  };
}

export class FakeFrame {
  constructor(
    public url: string,
    public processId = 1,
    public routingId = 1,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  session = new FakeSession();
  mainFrame = new FakeFrame('');
  windowOpenHandler?: Listener;
  send = vi.fn();
  reload = vi.fn();
  forcefullyCrashRenderer = vi.fn();
  executeJavaScript = vi.fn(async (_code: string) => true);
  printToPDF = vi.fn(async (_options: Record<string, unknown>) => Buffer.from('%PDF-1.7 printed by the fake'));
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  isDestroyed(): boolean {
    return false;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances;
  }
  webContents = new FakeWebContents();
  maximized = false;
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  maximize = vi.fn(() => {
    this.maximized = true;
  });
  loadURL = vi.fn(async (url: string) => {
    this.webContents.mainFrame.url = url;
  });
  destroy = vi.fn();
  loadFile = vi.fn(async (path: string) => {
    this.webContents.mainFrame.url = `file://${path}`;
  });
  constructor(public options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }
  isDestroyed(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds() {
    const { x = 0, y = 0, width, height } = this.options as { x?: number; y?: number; width: number; height: number };
    return { x, y, width, height };
  }
}

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, listener: Listener): void {
    ipcMain.handlers.set(channel, listener);
  },
};

export const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
};

export const shell = { openPath: vi.fn(async (_path: string) => ''), showItemInFolder: vi.fn() };

class FakeApp extends EventEmitter {
  isPackaged = false;
  lockGranted = true;
  ready = false;
  getLocale = vi.fn(() => 'en-US');
  getPath = vi.fn((_name: string) => tmpdir());
  setPath = vi.fn();
  enableSandbox = vi.fn();
  quit = vi.fn();
  commandLine = { getSwitchValue: vi.fn((_name: string) => '') };
  requestSingleInstanceLock = vi.fn(() => this.lockGranted);
  isReady = (): boolean => this.ready;
  private readyNow: () => void = () => {};
  private readyPromise = this.freshReadyPromise();
  whenReady = (): Promise<void> => this.readyPromise;

  private freshReadyPromise(): Promise<void> {
    return new Promise<void>((resolve) => (this.readyNow = resolve));
  }

  /** What Electron does once it has started: whenReady() resolves (and we let its callbacks run). */
  async becomeReady(): Promise<void> {
    this.ready = true;
    this.readyNow();
    await this.readyPromise;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  /** Back to a process that has not started yet. */
  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.lockGranted = true;
    this.ready = false;
    this.readyPromise = this.freshReadyPromise();
  }
}
export const app = new FakeApp();

const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
export const screen = {
  getPrimaryDisplay: () => ({ id: 1, workArea }),
  getAllDisplays: () => [{ id: 1, workArea }],
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

/** safeStorage with a reversible stand-in for the OS keychain; `available` false is a machine without one. */
export const safeStorage = {
  available: true,
  isEncryptionAvailable: vi.fn(() => safeStorage.available),
  encryptString: vi.fn((text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`)),
  decryptString: vi.fn((sealed: Buffer) => Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'hex').toString()),
};

export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() };

/** Back to a just-started process: for tests that load main/index.ts more than once. */
export function resetFakes(): void {
  vi.clearAllMocks();
  app.reset();
  BrowserWindow.instances = [];
  ipcMain.handlers.clear();
}
