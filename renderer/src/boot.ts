// Start-up before the first render: open the library, put the sample in on first start, and
// choose the UI language (the ?lng= query, else the saved setting, else the system's locale).
import sampleText from '../../resources/sample/wuxi-leaders-week-2022-09-12.txt?raw';
import { ReadoutDatabase } from './data/schema/db';
import { compactSearchIndexSoon } from './data/search/search-compaction';
import { seedSampleOnFirstStart } from './data/jobs/sample';
import { seedLexiconOnFirstStart } from './data/lexicon/lexicon-counts';
import { recountJobOf } from './data/lexicon/recount-job';
import { readSettings } from './data/repositories/settings';
import { purgeExpiredTrash } from './data/repositories/trash';
import { isUiLanguage, uiLanguageForLocale, type UiLanguage } from './i18n/resources';
import { setupI18n } from './i18n/setup';
import { detectPlatform, type Platform } from './platform';

export const SAMPLE_NAME = 'wuxi-leaders-week-2022-09-12.txt';

export interface Booted {
  db: ReadoutDatabase;
  platform: Platform;
}

export function chooseLanguage(query: string | null, saved: UiLanguage | null, systemLocale: string): UiLanguage {
  if (isUiLanguage(query)) return query;
  return saved ?? uiLanguageForLocale(systemLocale);
}

export async function boot(): Promise<Booted> {
  const db = new ReadoutDatabase();
  await db.open();
  // The starter lexicon first, so the sample is counted as it is stored.
  await seedLexiconOnFirstStart(db);
  await seedSampleOnFirstStart(db, SAMPLE_NAME, sampleText);
  // The Trash keeps issues 30 days: what is older is deleted for good at start-up.
  await purgeExpiredTrash(db);
  // A lexicon re-count cancelled or cut short last time goes on (lexicon-recount.ts), and so does
  // the first count of a library that had issues before it had a lexicon (migration 10 and the
  // first-start seed only mark the entries): after the first render, never before it.
  requestIdleCallback(() => void recountJobOf(db).request(), { timeout: 5_000 });
  // Search index upkeep once the app is idle: what edits and deletions left since (search-compaction.ts).
  requestIdleCallback(() => void compactSearchIndexSoon(db), { timeout: 60_000 });
  const settings = await readSettings(db);
  const query = new URLSearchParams(window.location.search).get('lng');
  const language = chooseLanguage(query, settings.language, navigator.language);
  const platform = detectPlatform();
  await setupI18n(language);
  platform.setLanguage(language);
  return { db, platform };
}
