// preload/index.ts exposes exactly the contract's methods as window.readout, each a plain invoke
// of its channel, plus the menu-command subscription.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { bridgeMethods } from '../../../preload/contract';
import type { ReadoutBridge } from '../../../preload/contract';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let bridge: ReadoutBridge;

beforeAll(async () => {
  await import('../../../preload/index');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [name, api] = contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, ReadoutBridge];
  expect(name).toBe('readout');
  bridge = api;
});

describe('the preload bridge', () => {
  it("has exactly the contract's methods", () => {
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(bridgeMethods), 'onMenuCommand', 'onFilesOpened'].sort());
  });

  it.each(Object.entries(bridgeMethods))('%s invokes %s with its arguments', async (method, channel) => {
    const call = bridge[method as keyof typeof bridgeMethods] as (args: unknown) => Promise<unknown>;
    await call({ probe: method });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, { probe: method });
  });

  it('delivers menu commands to a listener until it unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    const [channel, handler] = ipcRenderer.on.mock.calls.at(-1) as unknown as [string, (event: unknown, command: string) => void];
    expect(channel).toBe('menu:command');
    handler({}, 'go-settings');
    expect(listener).toHaveBeenCalledWith('go-settings');
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', handler);
  });
});
