// The background re-count job: a request made while a run is ending (here, while it writes the
// totals a library from before version 11 lacks) is not lost, so an edit made at that moment is
// counted by the same run instead of staying "count incomplete".
import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { seedLexiconOnFirstStart } from '../../../renderer/src/data/lexicon/lexicon-counts';
import { addEntry } from '../../../renderer/src/data/lexicon/lexicon-edits';
import { recountJobOf } from '../../../renderer/src/data/lexicon/recount-job';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { makeDigest } from '../factories';

let db: ReadoutDatabase;

afterEach(async () => {
  await db.delete();
});

describe('the re-count job', () => {
  it('counts an entry added while it fills the missing totals', async () => {
    let onTotalsRead: (() => void) | null = null;
    const hook: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'totals-read-hook',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'lexiconTotals') return table;
          return {
            ...table,
            get: (req) => {
              const then = onTotalsRead;
              onTotalsRead = null;
              then?.();
              return table.get(req);
            },
          };
        },
      }),
    };
    db = new ReadoutDatabase(`recount-job-${process.pid}-${Date.now()}`);
    db.use(hook);
    await db.open();
    await seedLexiconOnFirstStart(db);
    await storeIssue(db, makeDigest({ body: '9月20日,研究集成电路产业。' }));
    await db.lexiconTotals.clear(); // as a library from version 10: the run ends by filling them

    const job = recountJobOf(db);
    let edit: Promise<unknown> | null = null;
    onTotalsRead = () => {
      edit = addEntry(db, {
        phrase: '集成电路',
        variants: [],
        category: { name: '产业', colour: '#0a7' },
        note: '',
        enabled: true,
      }).then(() => job.request());
    };
    await job.request();
    expect(edit).not.toBeNull();
    await edit;
    const added = await db.lexicon.where('phrase').equals('集成电路').first();
    expect(added?.pendingCount).toBeUndefined();
    expect(await db.lexiconCounts.where('entryId').equals(added!.id).count()).toBe(1);
    expect(job.getSnapshot().status).toBe('idle');
  });
});
