// The one Dexie database of the app: typed tables, versions applied from migrations/.
import { Dexie, type EntityTable } from 'dexie';
import { migrations } from './migrations';
import type { IssueRecord, IssueTextRecord, SettingRecord, TagRecord } from './records';

export const DATABASE_NAME = 'readout';

export class ReadoutDatabase extends Dexie {
  issues!: EntityTable<IssueRecord, 'id'>;
  issueTexts!: EntityTable<IssueTextRecord, 'issueId'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  tags!: EntityTable<TagRecord, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const migration of migrations) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
  }
}

export function newId(): string {
  return crypto.randomUUID();
}
