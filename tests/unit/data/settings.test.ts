import { afterEach, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { defaultSettings, readSettings, settingsFromRows, writeSetting } from '../../../renderer/src/data/repositories/settings';
import { freshDatabase } from './test-db';

let db: ReadoutDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('settings', () => {
  it('start with the defaults and keep what is written', async () => {
    db = await freshDatabase();
    expect(await readSettings(db)).toEqual(defaultSettings);
    await writeSetting(db, 'language', 'zh-CN');
    await writeSetting(db, 'theme', 'dark');
    await writeSetting(db, 'readingFontSize', 20);
    await writeSetting(db, 'markLexicon', false);
    expect(await readSettings(db)).toEqual({ language: 'zh-CN', theme: 'dark', readingFontSize: 20, markLexicon: false });
  });

  it('refuse to write an invalid value', async () => {
    db = await freshDatabase();
    await expect(writeSetting(db, 'readingFontSize', 400)).rejects.toThrow(/readingFontSize/);
  });

  it('fall back to the default for a stored value that is not valid', () => {
    const settings = settingsFromRows([
      { key: 'language', value: 'fr' },
      { key: 'theme', value: 'neon' },
      { key: 'readingFontSize', value: '18px' },
      { key: 'markLexicon', value: 'yes' },
      { key: 'unknown', value: 1 },
    ]);
    expect(settings).toEqual(defaultSettings);
  });
});
