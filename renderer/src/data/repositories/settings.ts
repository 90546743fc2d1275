// The user's settings, one row per key, each validated on read so a bad stored value falls back
// to its default instead of breaking the app.
import type { ReadoutDatabase } from '../schema/db';
import { isUiLanguage, type UiLanguage } from '../../i18n/resources';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
  language: UiLanguage | null;
  theme: ThemeChoice;
  readingFontSize: number;
  /** Whether the reader marks the lexicon's phrases (features/lexicon-marks); on until turned off. */
  markLexicon: boolean;
}

export const READING_FONT_SIZES = { min: 14, max: 26, step: 1 } as const;

export const defaultSettings: Settings = { language: null, theme: 'system', readingFontSize: 18, markLexicon: true };

const validators: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  language: (value): value is UiLanguage | null => value === null || isUiLanguage(value),
  theme: (value): value is ThemeChoice => value === 'system' || value === 'light' || value === 'dark',
  readingFontSize: (value): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= READING_FONT_SIZES.min && value <= READING_FONT_SIZES.max,
  markLexicon: (value): value is boolean => typeof value === 'boolean',
};

export function settingsFromRows(rows: readonly { key: string; value: unknown }[]): Settings {
  const settings: Settings = { ...defaultSettings };
  for (const { key, value } of rows) {
    if (!(key in validators)) continue;
    const settingKey = key as keyof Settings;
    if (validators[settingKey](value)) (settings as Record<keyof Settings, unknown>)[settingKey] = value;
  }
  return settings;
}

export async function readSettings(db: ReadoutDatabase): Promise<Settings> {
  return settingsFromRows(await db.settings.toArray());
}

export async function writeSetting<K extends keyof Settings>(db: ReadoutDatabase, key: K, value: Settings[K]): Promise<void> {
  if (!validators[key](value)) throw new TypeError(`Invalid value for setting ${key}`);
  await db.settings.put({ key, value });
}
