// Every schema version must open a database written by every older one, with its data intact.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';
import { migrations } from '../../../renderer/src/data/schema/migrations';
import { makeIssueRecord } from '../factories';

describe('schema migrations', () => {
  it('are listed in increasing version order, starting at 1', () => {
    const versions = migrations.map((migration) => migration.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  });

  for (const older of migrations) {
    it(`open a database written by version ${older.version} and keep its issues`, async () => {
      const name = `migration-from-${older.version}-${Date.now()}`;
      const legacy = new Dexie(name);
      for (const migration of migrations.filter((m) => m.version <= older.version))
        legacy.version(migration.version).stores(migration.stores);
      await legacy.open();
      const issue = makeIssueRecord({ title: '旧版本写入的一期' });
      await legacy.table('issues').add(issue);
      legacy.close();

      const current = new ReadoutDatabase(name);
      await current.open();
      expect(await current.issues.get(issue.id)).toMatchObject({ title: '旧版本写入的一期' });
      await current.delete();
    });
  }
});
