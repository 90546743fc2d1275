// One schema version: its table definitions (Dexie syntax) and, when data must move, an upgrade.
import type { Transaction } from 'dexie';

export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void> | void;
}
