// The brief's table of policy phrases in the print view (PDF), and its trend chart, as the Word
// brief has them. The chart is the app's own SVG, shown as an image (data: URL), never as markup.
import { BriefTable } from './BriefTable';
import type { ExportLabels } from '../../../domain/export/labels';
import { lexiconTableCells, lexiconTableHeader } from '../../../domain/export/lexicon-table';
import type { ExportModel } from '../../../domain/export/model';
import { trendSvg } from '../../../domain/export/trend-svg';

export function LexiconTable({ model, labels }: { model: ExportModel; labels: ExportLabels }) {
  if (model.lexicon.length === 0) return null;
  return (
    <section className="brief__lexicon">
      <h2>{labels.policyPhrases}</h2>
      <BriefTable
        header={lexiconTableHeader(labels)}
        rows={model.lexicon.map((row) => ({ key: row.phrase, cells: lexiconTableCells(row) }))}
      />
      {model.trend && (
        <figure className="brief__trend">
          <figcaption>{labels.trend}</figcaption>
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(trendSvg(model.trend, labels.language))}`}
            alt={`${labels.trend}${labels.colon}${model.trend.lines.map((line) => line.phrase).join(labels.listSeparator)}`}
          />
        </figure>
      )}
    </section>
  );
}
