import { afterEach, describe, expect, it } from 'vitest';
import type { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { backupText, createBackup, restoreBackup } from '../../../renderer/src/data/backup/backup';
import { storeIssue } from '../../../renderer/src/data/repositories/issues';
import { writeSetting } from '../../../renderer/src/data/repositories/settings';
import { ensureTags } from '../../../renderer/src/data/repositories/tags';
import { corpusText, digestFrom, makeDigest } from '../factories';
import { freshDatabase } from './test-db';

let db: ReadoutDatabase;
afterEach(async () => {
  await db?.delete();
});

async function fillLibrary(database: ReadoutDatabase) {
  await storeIssue(database, digestFrom(corpusText('wuxi-leaders-week-2022-09-12.txt'), 'wuxi.txt'));
  await storeIssue(database, makeDigest({ title: '第二期' }));
  const [tag] = await ensureTags(database, ['城市更新']);
  const [first] = await database.issues.toArray();
  await database.issues.update(first!.id, { tagIds: [tag!] });
  await writeSetting(database, 'language', 'zh-CN');
}

function withoutTable(tables: Record<string, unknown[]>, name: string) {
  return Object.fromEntries(Object.entries(tables).filter(([table]) => table !== name));
}

/** Every table's rows, sorted by key, for deep comparison. */
async function snapshot(database: ReadoutDatabase) {
  const backup = await createBackup(database, new Date(0));
  return backup.tables;
}

describe('backup and restore', () => {
  it('backup → wipe → restore gives a library deep-equal to the one before', async () => {
    db = await freshDatabase();
    await fillLibrary(db);
    const before = await snapshot(db);
    const text = backupText(await createBackup(db));
    for (const table of db.tables) await table.clear();
    expect(await db.issues.count()).toBe(0);
    const restored = await restoreBackup(db, text, 'replace');
    expect(restored.ok ? 'ok' : JSON.stringify(restored.problem)).toBe('ok');
    expect(await snapshot(db)).toEqual(before);
  });

  it('merge keeps what the library has and adds what the backup has', async () => {
    db = await freshDatabase();
    await storeIssue(db, makeDigest({ title: '备份里的一期' }));
    const text = backupText(await createBackup(db));
    await db.issues.clear();
    await db.issueTexts.clear();
    await storeIssue(db, makeDigest({ title: '备份后才导入的一期' }));
    await restoreBackup(db, text, 'merge');
    expect((await db.issues.toArray()).map((issue) => issue.title).sort()).toEqual(['备份后才导入的一期', '备份里的一期']);
  });

  it('refuses a file it cannot read, a partial or inconsistent backup, or one that would empty the library, with the reason, and changes nothing', async () => {
    db = await freshDatabase();
    await fillLibrary(db);
    const before = await snapshot(db);
    const good = await createBackup(db);
    const cases: [string, string][] = [
      ['{not json', 'notJson'],
      [JSON.stringify({ hello: 'world' }), 'notBackup'],
      [JSON.stringify({ ...good, schemaVersion: db.verno + 1 }), 'newerSchema'],
      [JSON.stringify({ ...good, tables: { ...good.tables, aliens: [] } }), 'unknownTable'],
      // A "__proto__" table is an unknown table, not a way into any prototype.
      [backupText(good).replace('"tables":{', '"tables":{"__proto__":[],'), 'unknownTable'],
      [JSON.stringify({ ...good, tables: withoutTable(good.tables, 'highlights') }), 'partial'],
      [
        JSON.stringify({ ...good, tables: { ...good.tables, issues: good.tables['issues']!.map(({ title: _, ...rest }) => rest) } }),
        'badRow',
      ],
      [
        JSON.stringify({
          ...good,
          tables: { ...good.tables, issueNotes: [{ issueId: 'no-such-issue', text: '孤儿笔记', updatedAt: '2024-01-01' }] },
        }),
        'brokenReference',
      ],
      [JSON.stringify({ ...good, tables: { ...good.tables, tags: [] } }), 'brokenReference'],
      [
        JSON.stringify({ ...good, tables: { ...good.tables, issues: [], issueTexts: [], events: [], highlights: [], issueNotes: [] } }),
        'emptiesLibrary',
      ],
    ];
    for (const [text, code] of cases) {
      const result = await restoreBackup(db, text, 'replace');
      expect(result.ok ? 'ok' : result.problem.code).toBe(code);
    }
    expect(await snapshot(db)).toEqual(before);
  });
});
