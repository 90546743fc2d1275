// Every schema version in order. A change to the schema adds a file here; it never edits an old one.
import { initialSchema } from './0001-initial';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [initialSchema];
