// The menu's words live in the renderer's locale files; both languages must have every key.
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/src/i18n/locales/en/menu.json';
import zhCN from '../../../renderer/src/i18n/locales/zh-CN/menu.json';

describe('menu.json', () => {
  it('has the same keys in en and zh-CN', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('is a flat map of non-empty strings', () => {
    for (const value of [...Object.values(en), ...Object.values(zhCN)]) {
      expect(typeof value).toBe('string');
      expect(value.trim()).not.toBe('');
    }
  });
});
