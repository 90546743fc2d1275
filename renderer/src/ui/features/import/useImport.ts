// The import state of the app: one batch at a time, with progress, cancel and the outcome of
// each file for the report; and the user's answers to the report (replace an issue with its new
// version, or keep both).
import { useCallback, useRef, useState } from 'react';
import { useServices } from '../../app/services';
import type { ChosenFiles } from '../../../platform';
import type { FileOutcome, ImportProgress } from './import-outcome';
import { resolveNewVersion, runImport, sourceFromPastedText, sourcesFromChosenFiles, type ImportSource } from './run-import';

export interface ImportState {
  progress: ImportProgress | null;
  outcomes: FileOutcome[] | null;
  /** Files of the last batch left unread because it was cancelled. */
  notDone: number;
  /** Any failure of the host's file chooser itself. */
  hostError: string | null;
}

const idle: ImportState = { progress: null, outcomes: null, notDone: 0, hostError: null };

export function useImport() {
  const { db, platform } = useServices();
  const [state, setState] = useState<ImportState>(idle);
  const abort = useRef<AbortController | null>(null);

  const importSources = useCallback(
    async (sources: ImportSource[], refusedEarly: FileOutcome[] = []) => {
      // One batch at a time: a second gesture while one runs is ignored, not interleaved.
      if (abort.current) return [];
      const controller = new AbortController();
      abort.current = controller;
      setState({ ...idle, progress: { done: 0, total: sources.length } });
      try {
        const outcomes = await runImport(db, sources, (progress) => setState((s) => ({ ...s, progress })), controller.signal);
        const all = [...refusedEarly, ...outcomes];
        setState({ ...idle, outcomes: all, notDone: sources.length - outcomes.length });
        return all;
      } finally {
        abort.current = null;
      }
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
      setState({ ...idle, hostError: error instanceof Error ? error.message : String(error) });
      return [];
    }
  }, [platform, importSources]);

  /** Imports files the host already read (a chosen folder, files opened with the app). */
  const importChosen = useCallback(
    (chosen: ChosenFiles) => {
      const { sources, refusedEarly } = sourcesFromChosenFiles(chosen);
      return importSources(sources, refusedEarly);
    },
    [importSources],
  );

  const importFolder = useCallback(async () => {
    try {
      const chosen = await platform.chooseDigestFolder?.();
      if (chosen && (chosen.files.length > 0 || chosen.refused.length > 0)) await importChosen(chosen);
    } catch (error) {
      setState({ ...idle, hostError: error instanceof Error ? error.message : String(error) });
    }
  }, [platform, importChosen]);

  const importPastedText = useCallback((name: string, text: string) => importSources([sourceFromPastedText(name, text)]), [importSources]);

  /** Replaces (or keeps beside) the stored issue for the report's rows at `indexes`. */
  const resolve = useCallback(
    async (indexes: readonly number[], choice: 'replace' | 'keep-both') => {
      const outcomes = state.outcomes;
      if (!outcomes) return;
      const settled = [...outcomes];
      for (const index of indexes) {
        const outcome = settled[index];
        if (outcome?.result === 'newVersion') settled[index] = await resolveNewVersion(db, outcome, choice);
      }
      setState((s) => (s.outcomes === outcomes ? { ...s, outcomes: settled } : s));
    },
    [db, state.outcomes],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  const dismiss = useCallback(() => setState(idle), []);

  return { state, importSources, importChosen, importFolder, importChosenFiles, importPastedText, resolve, cancel, dismiss };
}

export type Importer = ReturnType<typeof useImport>;
