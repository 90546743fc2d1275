// Each export format read back, not just written: the Word file through mammoth, the CSV through
// a strict RFC 4180 reader, the JSON-LD against the Web Annotation model's required fields.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { eventsCsv } from '../../../renderer/src/domain/export/csv';
import { briefDocx } from '../../../renderer/src/domain/export/docx';
import { englishExportLabels } from '../../../renderer/src/domain/export/labels';
import { briefMarkdown } from '../../../renderer/src/domain/export/markdown';
import { webAnnotations } from '../../../renderer/src/domain/export/web-annotation';
import { readCsv } from './read-csv';
import { sampleBrief } from './export-factories';

const labels = englishExportLabels;

describe('the Word brief', () => {
  it('holds the quotes, notes, tags, event rows and citations, in Chinese', async () => {
    const bytes = await briefDocx(sampleBrief(), labels);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const expected of [
      '无锡板块动态简报',
      '城市更新',
      '招商引资取得新成果',
      '全力以赴稳增长',
      'Note: 重点',
      'Note: 第三季度',
      'Tags: 稳增长, "465"现代产业体系',
      '本期重点:城市更新与项目签约。',
    ]) {
      expect(text).toContain(expected);
    }
    // The event table: header and both rows.
    for (const expected of [
      'Officials',
      '市委常委、江阴市委书记许峰',
      '2022-09-17 上午',
      '高新区党工委书记、新吴区委书记崔荣国',
      '签约',
      '城市更新, 签约',
    ])
      expect(text).toContain(expected);
    // The citation back to the issue and paragraph.
    expect(text).toContain(
      '《市(县)区委书记、市(县)区长一周|9.12-9.18》, 2022-09-12 – 2022-09-18, Published 2022-09-19 14:38:35, Source: 无锡日报政务融媒, paragraph 40',
    );
  });

  it('uses real Word styles and East-Asian fonts', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await briefDocx(sampleBrief(), labels));
    const styles = await zip.file('word/styles.xml')!.async('string');
    const document = await zip.file('word/document.xml')!.async('string');
    expect(styles).toContain('w:styleId="Quote"');
    expect(styles).toContain('w:styleId="Title"');
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toContain('w:styleId="ReadoutEventTable"');
    expect(styles).toContain('w:eastAsia="Microsoft YaHei"');
    expect(document).toContain('<w:pStyle w:val="Quote"/>');
    expect(document).toContain('<w:tblStyle w:val="ReadoutEventTable"/>');
    // The category colour as the quote's bar.
    expect(document).toContain('w:color="A4262C"');
    const footer = Object.keys(zip.files).find((name) => /word\/footer\d*\.xml/.test(name));
    expect(await zip.file(footer!)!.async('string')).toContain('PAGE');
  });
});

describe('the events CSV', () => {
  it('starts with a BOM and reads back to the same events', () => {
    const csv = eventsCsv(sampleBrief(), labels);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual(['Date', 'Officials', 'Place', 'Type', 'Summary', 'Tags', 'Status', 'Issue', 'Published']);
    expect(rows.slice(1)).toEqual([
      [
        '2022-09-12',
        '市委常委、江阴市委书记许峰',
        '江阴',
        '会议',
        '主持召开江阴社会主义现代化建设工作推进会',
        '会议',
        'confirmed',
        '市(县)区委书记、市(县)区长一周|9.12-9.18',
        '2022-09-19T14:38:35',
      ],
      [
        '2022-09-17 上午',
        '高新区党工委书记、新吴区委书记崔荣国',
        '新吴',
        '签约',
        '益多环保热电厂关停暨城市更新项目签约仪式, "国联集团"',
        '城市更新; 签约',
        'confirmed',
        '市(县)区委书记、市(县)区长一周|9.12-9.18',
        '2022-09-19T14:38:35',
      ],
    ]);
  });
});

describe('the Web Annotation JSON-LD', () => {
  it('has every field the W3C model requires, with quote and position selectors', () => {
    const collection = JSON.parse(JSON.stringify(webAnnotations(sampleBrief())));
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(3);
    for (const annotation of collection.first.items) {
      expect(annotation['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(typeof annotation.id).toBe('string');
      expect(annotation.type).toBe('Annotation');
      expect(typeof annotation.target.source).toBe('string');
      const [quote, position] = annotation.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(typeof quote.exact).toBe('string');
      expect(position.type).toBe('TextPositionSelector');
      expect(position.end).toBeGreaterThan(position.start);
      for (const body of annotation.body) expect(body.type).toBe('TextualBody');
    }
    const first = collection.first.items[0];
    expect(first.target.selector[0].exact).toBe('城市更新');
    expect(first.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: '重点', purpose: 'commenting' }),
        expect.objectContaining({ value: '城市更新', purpose: 'tagging' }),
      ]),
    );
  });
});

describe('the Markdown brief', () => {
  it('quotes each highlight with its category, note, tags and citation, and tables the events', () => {
    const markdown = briefMarkdown(sampleBrief(), labels);
    expect(markdown).toContain('# 无锡板块动态简报');
    expect(markdown).toContain('**政策提法**\n\n> 城市更新\n\nNote: 重点');
    expect(markdown).toContain('| 2022-09-17 上午 | 高新区党工委书记、新吴区委书记崔荣国 | 新吴 | 签约 |');
    expect(markdown).toContain('paragraph 40');
  });
});
