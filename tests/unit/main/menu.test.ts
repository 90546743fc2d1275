// menu.ts: labels in the analyst's language from the shared locale files, items that send a
// MenuCommand to the window, developer items only in development.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { languageFromLocale } from '../../../main/language';
import { installMenu, menuTemplate } from '../../../main/menu';
import type { MenuOptions } from '../../../main/menu';
import { BrowserWindow, Menu } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

function template(options: Partial<MenuOptions> = {}): MenuItemConstructorOptions[] {
  return menuTemplate({ language: 'en', platform: 'linux', isPackaged: false, send: vi.fn(), ...options });
}

function items(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function find(menus: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  return menus.flatMap(items).find((item) => item.label === label);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('the menu', () => {
  it('is in Chinese when the language is zh-CN', () => {
    const menus = template({ language: 'zh-CN' });
    expect(menus.map((m) => m.label)).toEqual(['文件', '编辑', '高亮', '视图', '窗口', '帮助']);
    expect(items(menus[0]).map((i) => i.label)).toEqual(['导入…', '导入文件夹…', '粘贴文本…', '导出…', undefined, '退出']);
    expect(
      items(menus[3])
        .map((i) => i.label)
        .slice(0, 2),
    ).toEqual(['文库', '设置']);
  });

  it('is in English otherwise', () => {
    expect(template().map((m) => m.label)).toEqual(['File', 'Edit', 'Highlight', 'View', 'Window', 'Help']);
  });

  it('sends a command for its own items, with the import and paste shortcuts', () => {
    const send = vi.fn();
    const menus = template({ send });
    const importItem = find(menus, 'Import…');
    expect(importItem?.accelerator).toBe('CmdOrCtrl+O');
    expect(find(menus, 'Paste text…')?.accelerator).toBe('CmdOrCtrl+Shift+V');
    click(importItem);
    click(find(menus, 'Paste text…'));
    click(find(menus, 'Settings'));
    expect(send.mock.calls).toEqual([['import'], ['paste'], ['go-settings']]);
  });

  it('has a Highlight menu with the categories by their keys, which it shows but leaves to the reader', () => {
    const send = vi.fn();
    const highlight = items(template({ send }).find((menu) => menu.label === 'Highlight'));
    const shown = highlight.filter((item) => item.type !== 'separator');
    expect(shown.map((item) => [item.label, item.accelerator])).toEqual([
      ['Policy phrase', '1'],
      ['Target or figure', '2'],
      ['Project', '3'],
      ['Person or post', '4'],
      ['Risk', '5'],
      ['Other', '6'],
      ['Add Note', 'N'],
      ['Add Tag', 'T'],
      ['Delete Highlight', 'Delete'],
      ['Caret Browsing', 'F7'],
    ]);
    // Registered, "1" typed into a note would highlight instead.
    expect(shown.every((item) => item.registerAccelerator === false)).toBe(true);
    shown.forEach(click);
    expect(send.mock.calls.flat()).toEqual([
      'highlight-1',
      'highlight-2',
      'highlight-3',
      'highlight-4',
      'highlight-5',
      'highlight-6',
      'highlight-note',
      'highlight-tag',
      'highlight-delete',
      'caret-mode',
    ]);
  });

  it('names the categories as the analyst renamed them, and by default in Chinese for zh-CN', () => {
    const renamed = ['提法', '指标', '工程', '干部', '隐患', '杂项'];
    const labels = (options: Partial<MenuOptions>) =>
      items(template(options)[2])
        .slice(0, 6)
        .map((item) => item.label);
    expect(labels({ highlightCategories: renamed })).toEqual(renamed);
    expect(labels({ language: 'zh-CN' })).toEqual(['政策提法', '目标数据', '项目', '人事', '风险', '其他']);
  });

  it('lets the renderer undo (highlights or the text field) and find, with their shortcuts', () => {
    const send = vi.fn();
    const menus = template({ send });
    const undo = find(menus, 'Undo');
    expect(undo?.role).toBeUndefined();
    expect(undo?.accelerator).toBe('CmdOrCtrl+Z');
    expect(find(menus, 'Find in Issue…')?.accelerator).toBe('CmdOrCtrl+F');
    expect(find(menus, 'Search Library…')?.accelerator).toBe('CmdOrCtrl+Shift+F');
    click(undo);
    click(find(menus, 'Find in Issue…'));
    click(find(menus, 'Search Library…'));
    expect(send.mock.calls.flat()).toEqual(['undo', 'find-in-issue', 'search-library']);
  });

  it('offers reload and DevTools only when not packaged', () => {
    const roles = (isPackaged: boolean) =>
      template({ isPackaged })
        .flatMap(items)
        .map((i) => i.role);
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
  });

  it('puts an application menu first on macOS, with Quit in it', () => {
    const menus = template({ platform: 'darwin' });
    expect(menus[0]?.label).toBe('Readout');
    expect(items(menus[0]).map((i) => i.role)).toContain('quit');
  });

  it('installs itself and sends menu:command to the window when an item is clicked', () => {
    const win = new BrowserWindow({ width: 800, height: 600 });
    installMenu('zh-CN', () => win as never);
    const built = Menu.buildFromTemplate.mock.results.at(-1)?.value as { template: MenuItemConstructorOptions[] };
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(built);
    click(find(built.template, '导入…'));
    expect(win.webContents.send).toHaveBeenCalledWith('menu:command', 'import');
  });

  it('is rebuilt with the category names the renderer sends', () => {
    const win = new BrowserWindow({ width: 800, height: 600 });
    installMenu('en', () => win as never, ['A', 'B', 'C', 'D', 'E', 'F']);
    const built = Menu.buildFromTemplate.mock.results.at(-1)?.value as { template: MenuItemConstructorOptions[] };
    click(find(built.template, 'C'));
    expect(win.webContents.send).toHaveBeenCalledWith('menu:command', 'highlight-3');
  });
});

describe('languageFromLocale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['', 'en'],
  ])('reads %j as %s', (locale, language) => {
    expect(languageFromLocale(locale)).toBe(language);
  });
});
