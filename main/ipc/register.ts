// Registers IPC handlers by the contract. Every call is checked before the feature code sees it:
// the sender must be the top frame of our window showing one of our pages, and the arguments must
// pass the channel's zod schema. Whatever happens, the renderer gets a Result envelope back.
import { ipcMain } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { ErrorCode, InvokeArgs, InvokeChannel, InvokeResult, Result } from '../../preload/contract';

export interface SenderPolicy {
  /** The app window, or null while there is none (macOS, all windows closed). */
  window(): BrowserWindow | null;
  /** Is this URL one of the app's own pages? (main/app-origin.ts) */
  isAppPage(url: string): boolean;
}

/** What a handler gets besides its arguments: the window that asked, e.g. to parent a dialog. */
export interface HandlerContext {
  window: BrowserWindow;
  event: IpcMainInvokeEvent;
}

export type Handler<C extends InvokeChannel> = (args: InvokeArgs<C>, context: HandlerContext) => InvokeResult<C> | Promise<InvokeResult<C>>;

export type Handle = <C extends InvokeChannel>(channel: C, schema: z.ZodType<InvokeArgs<C>>, impl: Handler<C>) => void;

function failure(code: ErrorCode, message: string): { ok: false; error: { code: ErrorCode; message: string } } {
  return { ok: false, error: { code, message } };
}

/**
 * The window, if the call came from its main frame on one of our pages. An iframe, a page the
 * window was somehow navigated to, or any other WebContents gets null.
 */
function trustedWindow(event: IpcMainInvokeEvent, policy: SenderPolicy): BrowserWindow | null {
  const win = policy.window();
  const frame = event.senderFrame;
  if (!win || win.isDestroyed() || !frame || event.sender !== win.webContents) return null;
  const top = win.webContents.mainFrame;
  const isTop = frame.processId === top.processId && frame.routingId === top.routingId;
  return isTop && policy.isAppPage(frame.url) ? win : null;
}

/** Makes the `handle` function the handler modules register with. */
export function createHandle(policy: SenderPolicy): Handle {
  return <C extends InvokeChannel>(channel: C, schema: z.ZodType<InvokeArgs<C>>, impl: Handler<C>): void => {
    ipcMain.handle(channel, async (event, raw: unknown): Promise<Result<InvokeResult<C>>> => {
      const window = trustedWindow(event, policy);
      if (!window) return failure('forbidden-sender', `${channel} may only be called by Readout's own window`);

      const parsed = schema.safeParse(raw);
      if (!parsed.success) return failure('invalid-arguments', `${channel}: ${z.prettifyError(parsed.error)}`);

      try {
        return { ok: true, value: await impl(parsed.data, { window, event }) };
      } catch (error) {
        console.error(`[readout] ${channel} failed`, error);
        return failure('internal', error instanceof Error ? error.message : String(error));
      }
    });
  };
}
