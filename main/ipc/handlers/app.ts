// app:set-language, app:set-highlight-categories and app:get-locale — the renderer tells main
// which language the analyst chose and what the highlight categories are called (main rebuilds
// the menu with them), and asks for the OS locale to pick a first language.
import { app } from 'electron';
import { z } from 'zod';
import { HIGHLIGHT_CATEGORY_COUNT, MAX_CATEGORY_NAME_LENGTH, uiLanguages } from '../../../preload/contract';
import type { UiLanguage } from '../../../preload/contract';
import type { Handle } from '../register';

export interface AppHandlerCallbacks {
  onLanguage(language: UiLanguage): void;
  onHighlightCategories(names: readonly string[]): void;
}

/** A category name as a menu label: one line, not empty, not a paragraph. */
const categoryName = z
  .string()
  .trim()
  .min(1)
  .max(MAX_CATEGORY_NAME_LENGTH)
  .refine((name) => !/[\r\n]/.test(name), 'one line');

export function registerAppHandlers(handle: Handle, { onLanguage, onHighlightCategories }: AppHandlerCallbacks): void {
  handle('app:set-language', z.strictObject({ language: z.enum(uiLanguages) }), ({ language }) => {
    onLanguage(language);
    return null;
  });
  handle('app:set-highlight-categories', z.strictObject({ names: z.array(categoryName).length(HIGHLIGHT_CATEGORY_COUNT) }), ({ names }) => {
    onHighlightCategories(names);
    return null;
  });
  handle('app:get-locale', z.strictObject({}), () => ({ locale: app.getLocale() }));
}
