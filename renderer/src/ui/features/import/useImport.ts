// The import state of the app: one batch at a time, with progress, cancel and the outcome of
// each file for the report.
import { useCallback, useRef, useState } from 'react';
import { useServices } from '../../app/services';
import type { FileOutcome, ImportProgress } from './import-outcome';
import { runImport, sourceFromPastedText, sourcesFromChosenFiles, type ImportSource } from './run-import';

export interface ImportState {
  progress: ImportProgress | null;
  outcomes: FileOutcome[] | null;
  /** Any failure of the host's file chooser itself. */
  hostError: string | null;
}

export function useImport() {
  const { db, platform } = useServices();
  const [state, setState] = useState<ImportState>({ progress: null, outcomes: null, hostError: null });
  const abort = useRef<AbortController | null>(null);

  const importSources = useCallback(
    async (sources: ImportSource[], refusedEarly: FileOutcome[] = []) => {
      const controller = new AbortController();
      abort.current = controller;
      setState({ progress: { done: 0, total: sources.length }, outcomes: null, hostError: null });
      const outcomes = await runImport(db, sources, (progress) => setState((s) => ({ ...s, progress })), controller.signal);
      abort.current = null;
      const all = [...refusedEarly, ...outcomes];
      setState({ progress: null, outcomes: all, hostError: null });
      return all;
    },
    [db],
  );

  const importChosenFiles = useCallback(async () => {
    try {
      const chosen = await platform.chooseDigestFiles();
      if (chosen.files.length === 0 && chosen.refused.length === 0) return [];
      const { sources, refusedEarly } = sourcesFromChosenFiles(chosen);
      return await importSources(sources, refusedEarly);
    } catch (error) {
      setState({ progress: null, outcomes: null, hostError: error instanceof Error ? error.message : String(error) });
      return [];
    }
  }, [platform, importSources]);

  const importPastedText = useCallback((name: string, text: string) => importSources([sourceFromPastedText(name, text)]), [importSources]);

  const cancel = useCallback(() => abort.current?.abort(), []);
  const dismiss = useCallback(() => setState({ progress: null, outcomes: null, hostError: null }), []);

  return { state, importChosenFiles, importPastedText, cancel, dismiss };
}
