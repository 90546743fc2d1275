// The "Export" dialog: brief title, scope, content and format, then Export. Every format but PDF
// becomes a file (a save dialog on the desktop, a download in the browser); PDF goes through the
// print view. Progress shows while it works, Cancel drops the result, and a desktop save offers
// Open and Show in folder.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeExportSpec, exportFileName, exportFormats, type ExportFormat, type ExportSpec } from '../../../domain/export/spec';
import { listCollections } from '../../../data/repositories/collections';
import type { SavedExport } from '../../../platform';
import { hrefFor } from '../../app/route';
import { useServices } from '../../app/services';
import { exportLabels, exportScopeText } from './export-labels';
import type { ExportPreset } from './export-request';
import { ExportFilters } from './ExportFilters';
import { renderExport } from './render-export';
import { useModalDialog } from '../../hooks/useModalDialog';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The issue open in the reader, if any: the default scope. */
  openIssue: { id: string; title: string } | null;
  /** A scope and filters another view asked for (the Notes view's filter); chosen by default when set. */
  preset: ExportPreset | null;
}

type Status =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'saved'; saved: SavedExport; holds: string | null } | { kind: 'failed'; detail: string };

const contentKeys = ['highlights', 'notes', 'events', 'issueNotes', 'lexicon'] as const;
const contentLabel = {
  highlights: 'contentHighlights',
  notes: 'contentNotes',
  events: 'contentEvents',
  issueNotes: 'contentIssueNotes',
  lexicon: 'contentLexicon',
} as const;

export function ExportDialog({ open, onClose, openIssue, preset }: Props) {
  const { t, i18n } = useTranslation('export');
  const { db, platform } = useServices();
  const dialog = useModalDialog(open);
  const id = useId();
  const [title, setTitle] = useState('');
  // Until the user chooses, the scope and filters follow what is offered: a preset, else the open issue.
  const [chosenScope, setScopeKind] = useState<'preset' | 'issue' | 'library' | 'collection' | null>(null);
  const collections = useLiveQuery(() => listCollections(db), [db]) ?? [];
  const [chosenCollection, setCollection] = useState('');
  const collection = collections.find((entry) => entry.id === chosenCollection) ?? collections[0];
  const [chosenFilters, setFilters] = useState<ExportSpec['filters'] | null>(null);
  const scopeKind = chosenScope ?? (preset ? 'preset' : openIssue ? 'issue' : 'library');
  const filters = chosenFilters ?? preset?.filters ?? {};
  const [content, setContent] = useState<ExportSpec['content']>({
    highlights: true,
    notes: true,
    events: true,
    issueNotes: true,
    lexicon: true,
  });
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = useRef(0);

  const scope: ExportSpec['scope'] =
    scopeKind === 'preset' && preset
      ? preset.scope
      : scopeKind === 'issue' && openIssue
        ? { kind: 'issue', issueId: openIssue.id }
        : scopeKind === 'collection' && collection
          ? { kind: 'collection', collectionId: collection.id }
          : { kind: 'library' };
  const briefTitle = title.trim() || openIssue?.title || t('defaultTitle');

  const submit = async () => {
    const language = i18n.language === 'en' ? 'en' : 'zh-CN';
    const spec: ExportSpec = { title: briefTitle, language, scope, content, filters };
    const labels = exportLabels(t, language);
    const thisRun = ++run.current;
    setStatus({ kind: 'working' });
    try {
      let saved: SavedExport | null;
      let holds: string | null = null;
      if (format === 'pdf') {
        saved = await platform.printToPdf(
          hrefFor({ view: 'print', spec: encodeExportSpec(spec) }),
          exportFileName(briefTitle, 'pdf', new Date()),
        );
        if (platform.kind === 'browser') onClose();
      } else {
        const scopeText =
          scopeKind === 'preset' && preset
            ? preset.label
            : scope.kind === 'collection' && collection
              ? t('scopeCollectionNamed', { name: collection.name })
              : exportScopeText(t, scope.kind, 1);
        const file = await renderExport(db, spec, format, labels, scopeText);
        // Cancelled while it was being made: drop the result.
        if (thisRun !== run.current) return;
        saved = await platform.saveExport(file);
        holds = file.holds;
      }
      if (thisRun === run.current) setStatus(saved ? { kind: 'saved', saved, holds } : { kind: 'idle' });
    } catch (error) {
      if (thisRun === run.current) setStatus({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  const cancel = () => {
    run.current++;
    setStatus({ kind: 'idle' });
  };

  return (
    <dialog ref={dialog} className="dialog export-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id={`${id}-title`}>{t('dialogTitle')}</h2>
        <div className="export-dialog__field">
          <label htmlFor={`${id}-brief`}>{t('briefTitle')}</label>
          <input id={`${id}-brief`} type="text" value={title} placeholder={briefTitle} onChange={(event) => setTitle(event.target.value)} />
        </div>
        <fieldset>
          <legend>{t('scope')}</legend>
          {preset && (
            <label className="export-dialog__choice">
              <input type="radio" name={`${id}-scope`} checked={scopeKind === 'preset'} onChange={() => setScopeKind('preset')} />
              {preset.label}
            </label>
          )}
          {openIssue && (
            <label className="export-dialog__choice">
              <input type="radio" name={`${id}-scope`} checked={scopeKind === 'issue'} onChange={() => setScopeKind('issue')} />
              {t('scopeIssue')}
            </label>
          )}
          <label className="export-dialog__choice">
            <input type="radio" name={`${id}-scope`} checked={scope.kind === 'library'} onChange={() => setScopeKind('library')} />
            {t('scopeLibrary')}
          </label>
          {collection && (
            <span className="export-dialog__choice">
              <label>
                <input
                  type="radio"
                  name={`${id}-scope`}
                  checked={scope.kind === 'collection'}
                  onChange={() => setScopeKind('collection')}
                />
                {t('scopeCollection')}
              </label>{' '}
              <select
                aria-label={t('collection')}
                value={collection.id}
                onChange={(event) => {
                  setCollection(event.target.value);
                  setScopeKind('collection');
                }}
              >
                {collections.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {entry.name}
                  </option>
                ))}
              </select>
            </span>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('content')}</legend>
          {contentKeys.map((key) => (
            <label key={key} className="export-dialog__choice">
              <input
                type="checkbox"
                checked={content[key] ?? false}
                onChange={(event) => setContent({ ...content, [key]: event.target.checked })}
              />
              {t(contentLabel[key])}
            </label>
          ))}
        </fieldset>
        <ExportFilters filters={filters} onChange={setFilters} />
        <div role="radiogroup" aria-labelledby={`${id}-format`} className="export-dialog__formats">
          <span id={`${id}-format`} className="export-dialog__legend">
            {t('format')}
          </span>
          {exportFormats.map((option) => (
            <label key={option} className="export-dialog__choice">
              <input type="radio" name={`${id}-format`} value={option} checked={format === option} onChange={() => setFormat(option)} />
              {t(`formats.${option}`)}
            </label>
          ))}
        </div>
        {format === 'backup' && <p className="export-dialog__hint">{t('backupNote')}</p>}
        <ExportStatus
          status={status}
          onReveal={(path, action) => void platform.revealExport?.(path, action)}
          canReveal={platform.kind === 'desktop'}
        />
        <div className="dialog__actions">
          {status.kind === 'working' ? (
            <button type="button" onClick={cancel}>
              {t('cancel')}
            </button>
          ) : (
            <button type="button" onClick={onClose}>
              {t('cancel')}
            </button>
          )}
          <button type="submit" className="primary" disabled={status.kind === 'working'}>
            {t('submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function ExportStatus({
  status,
  onReveal,
  canReveal,
}: {
  status: Status;
  onReveal: (path: string, action: 'open' | 'show') => void;
  canReveal: boolean;
}) {
  const { t } = useTranslation('export');
  if (status.kind === 'working') {
    return (
      <p role="status" className="export-dialog__status">
        <progress /> {t('working')}
      </p>
    );
  }
  if (status.kind === 'failed') {
    return (
      <p role="alert" className="export-dialog__status">
        {t('failed', { detail: status.detail })}
      </p>
    );
  }
  if (status.kind !== 'saved') return null;
  const { path, name } = status.saved;
  return (
    <p role="status" className="export-dialog__status">
      {t('done', { name })}
      {status.holds && ` ${t('doneHolds', { holds: status.holds })}`}
      {canReveal && path && (
        <>
          {' '}
          <button type="button" onClick={() => onReveal(path, 'open')}>
            {t('open')}
          </button>{' '}
          <button type="button" onClick={() => onReveal(path, 'show')}>
            {t('showInFolder')}
          </button>
        </>
      )}
    </p>
  );
}
