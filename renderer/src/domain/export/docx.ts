// The Word brief (.docx), built with the `docx` library from the export model: a title block,
// then per issue a heading with its details, each highlight as a Quote in its category colour
// with the category, note, tags and a citation, and the issue's events as a table; with the
// lexicon chosen, a table of its phrases over the brief's issues first and a line per issue.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { citation, eventTableCells, eventTableHeader, issueMetaLine } from './cite';
import JSZip from 'jszip';
import { EVENTS_TABLE_STYLE, briefStyles, eventsTableStyleXml } from './docx-styles';
import { holdingsLine } from './holdings';
import { lexiconTableCells, lexiconTableHeader, phrasesLine } from './lexicon-table';
import type { ExportLabels } from './labels';
import type { ExportHighlight, ExportIssue, ExportModel } from './model';
import { TREND_CHART_SIZE } from './trend-svg';

/**
 * The trend chart drawn for the brief, as PNG. Not as SVG with a PNG fallback: LibreOffice takes
 * the SVG and draws ECharts' CSS-styled lines as nothing but the axis labels; a PNG reads alike everywhere.
 */
export interface BriefChart {
  png: Uint8Array;
}

const hex = (color: string) => color.replace('#', '').toUpperCase().padEnd(6, '0').slice(0, 6);

/** The category colour mixed with white, for a quiet background behind the quote. */
export function tint(color: string, amount = 0.85): string {
  const value = parseInt(hex(color), 16);
  const channel = (shift: number) => Math.round(((value >> shift) & 255) + (255 - ((value >> shift) & 255)) * amount);
  return [16, 8, 0]
    .map((shift) => channel(shift).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

function highlightParagraphs(issue: ExportIssue, highlight: ExportHighlight, labels: ExportLabels): Paragraph[] {
  const color = hex(highlight.category.color);
  const paragraphs = [
    new Paragraph({
      style: 'Quote',
      border: { left: { style: BorderStyle.SINGLE, size: 24, color, space: 8 } },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: tint(highlight.category.color) },
      children: [new TextRun({ text: `${highlight.category.name}  `, bold: true, color, size: 17 }), new TextRun(highlight.quote)],
    }),
  ];
  if (highlight.note) {
    paragraphs.push(
      new Paragraph({
        indent: { left: 360 },
        children: [new TextRun({ text: `${labels.note}${labels.colon}`, bold: true }), new TextRun(highlight.note)],
      }),
    );
  }
  if (highlight.tags.length > 0) {
    paragraphs.push(
      new Paragraph({
        indent: { left: 360 },
        children: [
          new TextRun({ text: `${labels.tags}${labels.colon}`, bold: true }),
          new TextRun(highlight.tags.join(labels.listSeparator)),
        ],
      }),
    );
  }
  paragraphs.push(new Paragraph({ style: 'Citation', text: `— ${citation(issue, highlight.paragraph, labels)}` }));
  return paragraphs;
}

function cell(text: string, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: text.split('\n').map((line) => new Paragraph(line)),
  });
}

function eventsTable(issue: ExportIssue, labels: ExportLabels): Table {
  const widths = [14, 22, 10, 10, 32, 12];
  const header = eventTableHeader(labels);
  return new Table({
    style: EVENTS_TABLE_STYLE,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text, index) => cell(text, widths[index]!)) }),
      ...issue.events.map(
        (event) =>
          new TableRow({
            children: eventTableCells(event, labels).map((text, index) => cell(text, widths[index]!)),
          }),
      ),
    ],
  });
}

function trendParagraphs(model: ExportModel, labels: ExportLabels, chart: BriefChart | undefined): Paragraph[] {
  if (!model.trend || !chart) return [];
  const width = 600;
  const height = Math.round((width * TREND_CHART_SIZE.height) / TREND_CHART_SIZE.width);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: labels.trend }),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: { width, height },
          altText: {
            name: labels.trend,
            title: labels.trend,
            description: model.trend.lines.map((line) => line.phrase).join(labels.listSeparator),
          },
        }),
      ],
    }),
  ];
}

function lexiconSection(model: ExportModel, labels: ExportLabels, chart?: BriefChart): (Paragraph | Table)[] {
  if (model.lexicon.length === 0) return [];
  const widths = [40, 30, 15, 15];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: labels.policyPhrases }),
    new Table({
      style: EVENTS_TABLE_STYLE,
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: lexiconTableHeader(labels).map((text, index) => cell(text, widths[index]!)) }),
        ...model.lexicon.map((row) => new TableRow({ children: lexiconTableCells(row).map((text, index) => cell(text, widths[index]!)) })),
      ],
    }),
    ...trendParagraphs(model, labels, chart),
  ];
}

function issueSection(issue: ExportIssue, labels: ExportLabels): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: issue.title }),
    new Paragraph({ style: 'Meta', text: issueMetaLine(issue, labels) }),
  ];
  if (issue.tags.length > 0)
    children.push(new Paragraph({ style: 'Meta', text: `${labels.tags}${labels.colon}${issue.tags.join(labels.listSeparator)}` }));
  if (issue.phrases.length > 0)
    children.push(
      new Paragraph({ style: 'Meta', text: `${labels.policyPhrases}${labels.colon}${phrasesLine(issue.phrases, labels.listSeparator)}` }),
    );
  if (issue.note) {
    children.push(
      new Paragraph({ children: [new TextRun({ text: `${labels.issueNote}${labels.colon}`, bold: true }), new TextRun(issue.note)] }),
    );
  }
  if (issue.highlights.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: labels.highlights }));
    for (const highlight of issue.highlights) children.push(...highlightParagraphs(issue, highlight, labels));
  }
  if (issue.events.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: labels.events }), eventsTable(issue, labels));
    children.push(new Paragraph({ style: 'Citation', text: `— ${citation(issue, null, labels)}` }));
  }
  return children;
}

export function briefDocument(model: ExportModel, labels: ExportLabels, chart?: BriefChart): Document {
  return new Document({
    creator: 'Readout',
    title: model.title,
    description: model.scope,
    styles: briefStyles,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                style: 'Citation',
                children: [
                  new TextRun(labels.pageBefore),
                  new TextRun({ children: [PageNumber.CURRENT] }),
                  new TextRun(labels.pageMiddle),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
                  new TextRun(labels.pageAfter),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, text: model.title }),
          new Paragraph({
            style: 'Meta',
            text: `${labels.scope}${labels.colon}${model.scope} · ${labels.created}${labels.colon}${model.createdAt.slice(0, 10)}`,
          }),
          new Paragraph({ style: 'Meta', text: holdingsLine(model, labels) }),
          ...lexiconSection(model, labels, chart),
          ...model.issues.flatMap((issue) => issueSection(issue, labels)),
        ],
      },
    ],
  });
}

export async function briefDocx(model: ExportModel, labels: ExportLabels, chart?: BriefChart): Promise<Uint8Array> {
  const packed = await Packer.toArrayBuffer(briefDocument(model, labels, chart));
  const zip = await JSZip.loadAsync(packed);
  const styles = await zip.file('word/styles.xml')?.async('string');
  if (styles === undefined) throw new Error('docx wrote no styles.xml');
  zip.file('word/styles.xml', styles.replace('</w:styles>', `${eventsTableStyleXml}</w:styles>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
