// A test database that counts the records its reads of one table return or step over, for tests
// of how much a path reads (a property that holds on any machine, unlike a timing).
import { ReadoutDatabase } from '../../../renderer/src/data/schema/db';

let serial = 0;

export async function databaseCountingReads(tableName: string): Promise<{ db: ReadoutDatabase; rowsRead: () => number }> {
  let read = 0;
  serial += 1;
  const db = new ReadoutDatabase(`readout-counting-${process.pid}-${serial}`);
  db.use({
    stack: 'dbcore',
    name: `count-${tableName}-reads`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== tableName) return table;
        return {
          ...table,
          get: async (request) => {
            const row = await table.get(request);
            if (row !== undefined) read += 1;
            return row;
          },
          getMany: async (request) => {
            const rows = await table.getMany(request);
            read += rows.filter((row) => row !== undefined).length;
            return rows;
          },
          query: async (request) => {
            const response = await table.query(request);
            read += response.result.length;
            return response;
          },
          // anyOf, limits and each() walk a cursor: each step is one record read.
          openCursor: async (request) => {
            const cursor = await table.openCursor(request);
            if (!cursor) return cursor;
            const start = cursor.start.bind(cursor);
            cursor.start = (onNext) =>
              start(() => {
                read += 1;
                onNext();
              });
            return cursor;
          },
        };
      },
    }),
  });
  await db.open();
  return { db, rowsRead: () => read };
}
