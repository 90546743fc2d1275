// The print view: the brief as a page with print CSS, the same content as the Word brief. The
// desktop app prints it to PDF in a hidden window; in a browser the user prints it. It marks the
// body ready once rendered, which is what the hidden window waits for.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildExportModel } from '../../../data/export/build-export-model';
import { citation, eventTableCells, eventTableHeader, issueMetaLine } from '../../../domain/export/cite';
import { holdingsLine } from '../../../domain/export/holdings';
import { phrasesLine } from '../../../domain/export/lexicon-table';
import type { ExportModel } from '../../../domain/export/model';
import { decodeExportSpec } from '../../../domain/export/spec';
import { useServices } from '../../app/services';
import { exportLabels, exportScopeText } from './export-labels';
import { BriefTable } from './BriefTable';
import { LexiconTable } from './LexiconTable';
import './print.css';

export function PrintView({ encodedSpec }: { encodedSpec: string }) {
  const { t } = useTranslation('export');
  const { db } = useServices();
  const spec = decodeExportSpec(encodedSpec);
  const [model, setModel] = useState<ExportModel | null>(null);
  const language = spec?.language ?? 'zh-CN';
  const labels = spec ? exportLabels(t, language) : null;

  useEffect(() => {
    if (!spec || !labels) return;
    let live = true;
    void buildExportModel(db, spec, labels, exportScopeText(t, spec.scope.kind, 1)).then((built) => live && setModel(built));
    return () => {
      live = false;
    };
    // The spec string identifies the export; labels follow the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, encodedSpec]);

  // The window's title is the brief's: it names the PDF (its Title, and the file a browser's
  // print offers to save), in the desktop's hidden window as in a browser tab.
  useEffect(() => {
    if (!model) return;
    const before = document.title;
    document.title = model.title;
    return () => {
      document.title = before;
    };
  }, [model]);

  useEffect(() => {
    if (model) document.body.dataset.printReady = 'true';
    return () => {
      delete document.body.dataset.printReady;
    };
  }, [model]);

  if (!spec || !labels) return <p role="alert">{t('print.invalid')}</p>;
  if (!model) return null;

  return (
    <div className="print-view" lang={language}>
      <div className="print-view__toolbar" role="toolbar" aria-label={t('print.toolbar')}>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <button type="button" onClick={() => window.history.back()}>
          {t('print.back')}
        </button>
      </div>
      <article className="brief">
        <h1>{model.title}</h1>
        <p className="brief__meta">
          {labels.scope}
          {labels.colon}
          {model.scope} · {labels.created}
          {labels.colon}
          {model.createdAt.slice(0, 10)}
        </p>
        <p className="brief__meta">{holdingsLine(model, labels)}</p>
        <LexiconTable model={model} labels={labels} />
        {model.issues.map((issue) => (
          <section key={issue.id} className="brief__issue">
            <h2>{issue.title}</h2>
            <p className="brief__meta">{issueMetaLine(issue, labels)}</p>
            {issue.tags.length > 0 && (
              <p className="brief__meta">
                {labels.tags}
                {labels.colon}
                {issue.tags.join(labels.listSeparator)}
              </p>
            )}
            {issue.phrases.length > 0 && (
              <p className="brief__meta">
                {labels.policyPhrases}
                {labels.colon}
                {phrasesLine(issue.phrases, labels.listSeparator)}
              </p>
            )}
            {issue.note && (
              <p>
                <strong>
                  {labels.issueNote}
                  {labels.colon}
                </strong>{' '}
                {issue.note}
              </p>
            )}
            {issue.highlights.length > 0 && <h3>{labels.highlights}</h3>}
            {issue.highlights.map((highlight) => (
              <figure key={highlight.id} className="brief__highlight" style={{ borderColor: highlight.category.color }}>
                <figcaption style={{ color: highlight.category.color }}>{highlight.category.name}</figcaption>
                <blockquote>{highlight.quote}</blockquote>
                {highlight.note && (
                  <p>
                    <strong>
                      {labels.note}
                      {labels.colon}
                    </strong>{' '}
                    {highlight.note}
                  </p>
                )}
                {highlight.tags.length > 0 && (
                  <p>
                    <strong>
                      {labels.tags}
                      {labels.colon}
                    </strong>{' '}
                    {highlight.tags.join(labels.listSeparator)}
                  </p>
                )}
                <p className="brief__citation">— {citation(issue, highlight.paragraph, labels)}</p>
              </figure>
            ))}
            {issue.events.length > 0 && (
              <>
                <h3>{labels.events}</h3>
                <BriefTable
                  header={eventTableHeader(labels)}
                  rows={issue.events.map((event) => ({ key: event.id, cells: eventTableCells(event, labels) }))}
                />
                <p className="brief__citation">— {citation(issue, null, labels)}</p>
              </>
            )}
          </section>
        ))}
      </article>
    </div>
  );
}
