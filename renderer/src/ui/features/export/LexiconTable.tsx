// The brief's table of policy phrases in the print view (PDF), as the Word brief has it.
import type { ExportLabels } from '../../../domain/export/labels';
import { lexiconTableCells, lexiconTableHeader } from '../../../domain/export/lexicon-table';
import type { ExportModel } from '../../../domain/export/model';

export function LexiconTable({ model, labels }: { model: ExportModel; labels: ExportLabels }) {
  if (model.lexicon.length === 0) return null;
  return (
    <section className="brief__lexicon">
      <h2>{labels.policyPhrases}</h2>
      <table className="brief__events">
        <thead>
          <tr>
            {lexiconTableHeader(labels).map((header) => (
              <th key={header}>{header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.lexicon.map((row) => (
            <tr key={row.phrase}>
              {lexiconTableCells(row).map((text, index) => (
                <td key={index}>{text}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
