// The sample is put in once; every later start must return before reading the sample or loading
// the gazetteer (650 KB of place names), which used to delay the library's first paint.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedSampleOnFirstStart } from '../../../renderer/src/data/jobs/sample';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import type * as LoadGazetteer from '../../../renderer/src/domain/events/gazetteer/load-gazetteer';
import { corpusText } from '../factories';
import { freshDatabase } from './test-db';

const gazetteer = vi.hoisted(() => ({ prepared: 0 }));
vi.mock('../../../renderer/src/domain/events/gazetteer/load-gazetteer', async (importOriginal) => {
  const original = await importOriginal<typeof LoadGazetteer>();
  return {
    ...original,
    prepareGazetteer: async () => {
      gazetteer.prepared += 1;
      await original.prepareGazetteer();
    },
  };
});

let db: ReadoutDatabase;
afterEach(async () => {
  await db.delete();
});

describe('the sample on first start', () => {
  it('is stored once, and later starts do not load the gazetteer', async () => {
    db = await freshDatabase();
    const name = 'wuxi-leaders-week-2022-09-12.txt';
    await seedSampleOnFirstStart(db, name, corpusText(name));
    expect(await db.issues.count()).toBe(1);
    expect(gazetteer.prepared).toBe(1);
    await seedSampleOnFirstStart(db, name, corpusText(name));
    await seedSampleOnFirstStart(db, name, corpusText(name));
    expect(await db.issues.count()).toBe(1);
    expect(gazetteer.prepared).toBe(1);
  });
});
