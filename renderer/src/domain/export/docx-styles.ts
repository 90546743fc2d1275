// The Word styles of a brief. Real, named styles (Title, Heading 1–2, Quote, a table style) so a
// reader can restyle the whole brief in Word; East-Asian fonts set so Chinese renders in Word and
// LibreOffice alike.
import { LineRuleType, type IStylesOptions } from 'docx';

export const LATIN_FONT = 'Calibri';
/** Word on Windows has Microsoft YaHei; LibreOffice maps it to an installed CJK font (Noto Sans CJK). */
export const EAST_ASIAN_FONT = 'Microsoft YaHei';
export const EVENTS_TABLE_STYLE = 'ReadoutEventTable';

const font = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: EAST_ASIAN_FONT, cs: LATIN_FONT };

/**
 * A table style: thin grey grid, bold shaded header row. docx has no table-style API (and giving it
 * imported styles drops its own defaults), so this XML is added to word/styles.xml after packing.
 */
export const eventsTableStyleXml =
  `<w:style w:type="table" w:styleId="${EVENTS_TABLE_STYLE}"><w:name w:val="Readout Event Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>` +
  `<w:pPr><w:spacing w:before="40" w:after="40" w:line="260" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr>` +
  `<w:tblPr><w:tblBorders>` +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>`)
    .join('') +
  `</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
  `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EDEBE6"/></w:tcPr></w:tblStylePr>` +
  `</w:style>`;

export const briefStyles: IStylesOptions = {
  default: {
    // lineRule said outright: without it LibreOffice takes the 320 as an exact height and clips an
    // inline image (the trend chart) to one line; Word reads the same rule by default.
    document: { run: { font, size: 21 }, paragraph: { spacing: { after: 120, line: 320, lineRule: LineRuleType.AUTO } } },
    title: { run: { font, size: 44, bold: true, color: '1D1D1F' }, paragraph: { spacing: { after: 120 } } },
    heading1: { run: { font, size: 30, bold: true, color: 'A4262C' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
    heading2: { run: { font, size: 24, bold: true, color: '3A3A3A' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
  },
  paragraphStyles: [
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font, size: 22, color: '262626' },
      paragraph: { indent: { left: 360, right: 240 }, spacing: { before: 160, after: 40 } },
    },
    {
      id: 'Citation',
      name: 'Citation',
      basedOn: 'Normal',
      quickFormat: true,
      run: { font, size: 17, color: '6B6B6B' },
      paragraph: { indent: { left: 360 }, spacing: { after: 160 } },
    },
    {
      id: 'Meta',
      name: 'Issue details',
      basedOn: 'Normal',
      quickFormat: true,
      run: { font, size: 18, color: '5F6368' },
    },
  ],
};
