// A view asking for the Export dialog with a scope and filters of its own (the Notes view's
// current filter), without knowing where the dialog lives. The app shell listens and opens it.
import { useSyncExternalStore } from 'react';
import type { ExportSpec } from '../../../domain/export/spec';

export interface ExportPreset {
  /** Words for this scope in the dialog, e.g. "The Notes view's filter (12 highlights)". */
  label: string;
  scope: ExportSpec['scope'];
  filters: ExportSpec['filters'];
}

let preset: ExportPreset | null = null;
let version = 0;
const listeners = new Set<() => void>();

export function requestExport(next: ExportPreset): void {
  preset = next;
  version++;
  listeners.forEach((listener) => listener());
}

/** The latest request and a counter that changes with every request (so the same preset can be asked twice). */
export function useExportRequest(): { preset: ExportPreset | null; version: number } {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
  return { preset, version: current };
}
