// A fresh fake-indexeddb database per test.
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';

let serial = 0;
export async function freshDatabase(): Promise<ReadoutDatabase> {
  serial += 1;
  const db = new ReadoutDatabase(`readout-test-${process.pid}-${serial}`);
  await db.open();
  return db;
}
