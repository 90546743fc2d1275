// The one way main sends to the renderer: typed by the contract's push channels, so a channel name
// or payload that the preload does not expect fails the typecheck.
import type { WebContents } from 'electron';
import type { PushChannel, PushChannels } from '../../preload/contract';

export function push<C extends PushChannel>(contents: WebContents, channel: C, payload: PushChannels[C]): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}
