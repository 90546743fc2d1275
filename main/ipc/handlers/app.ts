// app:set-language and app:get-locale — the renderer tells main which language the analyst chose
// (main rebuilds the menu in it) and asks for the OS locale to pick a first language.
import { app } from 'electron';
import { z } from 'zod';
import { uiLanguages } from '../../../preload/contract';
import type { UiLanguage } from '../../../preload/contract';
import type { Handle } from '../register';

export function registerAppHandlers(handle: Handle, onLanguage: (language: UiLanguage) => void): void {
  handle('app:set-language', z.strictObject({ language: z.enum(uiLanguages) }), ({ language }) => {
    onLanguage(language);
    return null;
  });
  handle('app:get-locale', z.strictObject({}), () => ({ locale: app.getLocale() }));
}
