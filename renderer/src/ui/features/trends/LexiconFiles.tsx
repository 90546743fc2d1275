// Sharing the lexicon: "Import lexicon…" reads a CSV or JSON file (domain/lexicon/lexicon-file.ts)
// and merges it in one transaction (data/lexicon/lexicon-import.ts), then the background re-count
// follows; "Export lexicon" saves it as CSV for Excel or as JSON — through the platform, so a save
// dialog on the desktop and a download in the browser, as backups and briefs are saved. A file that
// cannot be read is named with the row and the reason, and nothing changes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { importLexicon } from '../../../data/lexicon/lexicon-import';
import type { LexiconEntryWithCount } from '../../../data/lexicon/lexicon-queries';
import {
  lexiconToCsv,
  lexiconToJson,
  readLexiconFile,
  type FileProblem,
  type LexiconFileFormat,
} from '../../../domain/lexicon/lexicon-file';
import { useServices } from '../../app/services';
import { categoriesOf } from './lexicon-list';
import { problemText } from './lexicon-problem';

type Outcome = { kind: 'done' | 'refused'; message: string } | null;

function refusal(t: TFunction<'lexicon'>, name: string, problem: FileProblem): string {
  const reason = (() => {
    switch (problem.code) {
      case 'entry':
        return problemText(t, problem.problem);
      case 'notLexicon':
        return t('file.reason.notLexicon', { detail: problem.detail });
      case 'tooManyRows':
        return t('file.reason.tooManyRows', { max: problem.max });
      case 'missingColumn':
        return t('file.reason.missingColumn', { column: problem.column });
      case 'badEnabled':
        return t('file.reason.badEnabled', { value: problem.value });
      case 'badField':
        return t('file.reason.badField', { detail: problem.detail });
      case 'duplicateInFile':
        return t('file.reason.duplicateInFile', { phrase: problem.phrase, other: problem.other });
      default:
        return t(`file.reason.${problem.code}`);
    }
  })();
  return 'row' in problem ? t('file.refusedRow', { name, row: problem.row, reason }) : t('file.refused', { name, reason });
}

const mimeTypes: Record<LexiconFileFormat, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json' };

interface Props {
  entries: readonly LexiconEntryWithCount[];
  /** Called once an import has been written (its re-count is then started). */
  onImported: () => void;
}

export function LexiconFiles({ entries, onImported }: Props) {
  const { t } = useTranslation('lexicon');
  const { db, platform } = useServices();
  const [format, setFormat] = useState<LexiconFileFormat>('csv');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const importFile = async () => {
    setOutcome(null);
    const file = await platform.chooseLexiconFile();
    if (!file) return;
    setBusy(true);
    try {
      const read = readLexiconFile(file.name, file.bytes, categoriesOf(entries));
      if (!read.ok) {
        setOutcome({ kind: 'refused', message: refusal(t, file.name, read.problem) });
        return;
      }
      const result = await importLexicon(db, read.entries);
      if (!result.ok) {
        setOutcome({ kind: 'refused', message: refusal(t, file.name, { code: 'entry', problem: result.problem, row: result.row }) });
        return;
      }
      setOutcome({ kind: 'done', message: t('file.imported', { name: file.name, added: result.added, updated: result.updated }) });
      onImported();
    } catch (error) {
      setOutcome({
        kind: 'refused',
        message: t('file.refused', { name: file.name, reason: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setBusy(false);
    }
  };

  const exportFile = async () => {
    setOutcome(null);
    const lexicon = await db.lexicon.orderBy('phrase').toArray();
    const text = format === 'json' ? lexiconToJson(lexicon) : lexiconToCsv(lexicon);
    const name = `readout-lexicon-${new Date().toISOString().slice(0, 10)}.${format}`;
    const saved = await platform.saveExport({ name, mimeType: mimeTypes[format], bytes: new TextEncoder().encode(text) });
    if (saved) setOutcome({ kind: 'done', message: t('file.exported', { name: saved.path ?? saved.name }) });
  };

  return (
    <div className="lexicon-files">
      <button type="button" onClick={() => void importFile()} disabled={busy}>
        {t('file.import')}
      </button>
      <span className="lexicon-files__export">
        <select aria-label={t('file.exportLegend')} value={format} onChange={(event) => setFormat(event.target.value as LexiconFileFormat)}>
          <option value="csv">{t('file.exportCsv')}</option>
          <option value="json">{t('file.exportJson')}</option>
        </select>
        <button type="button" onClick={() => void exportFile()}>
          {t('file.export')}
        </button>
      </span>
      {outcome && (
        <p role={outcome.kind === 'done' ? 'status' : 'alert'} className="lexicon-files__outcome">
          {outcome.message}
        </p>
      )}
    </div>
  );
}
