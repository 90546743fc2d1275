// Highlights as W3C Web Annotations (JSON-LD): each target has a TextQuoteSelector and a
// TextPositionSelector over the issue's text; the note and each tag are bodies.
// https://www.w3.org/TR/annotation-model/
import { highlightsOf, type ExportModel } from './model';

export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body: { type: 'TextualBody'; value: string; purpose: 'commenting' | 'tagging' | 'classifying'; format?: string; language?: string }[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

export interface WebAnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; id: string; items: WebAnnotation[] };
}

/** A stable URN for an issue's text: its content hash, so targets stay resolvable after export. */
export const issueUrn = (contentHash: string, id: string) => `urn:readout:issue:${id}:${contentHash}`;

export function webAnnotations(model: ExportModel): WebAnnotationCollection {
  const items: WebAnnotation[] = highlightsOf(model).map(({ issue, highlight }) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:readout:annotation:${highlight.id}`,
    type: 'Annotation',
    motivation: highlight.note ? 'commenting' : 'highlighting',
    created: highlight.createdAt,
    modified: highlight.modifiedAt,
    body: [
      { type: 'TextualBody', value: highlight.category.name, purpose: 'classifying' },
      ...(highlight.note
        ? [{ type: 'TextualBody' as const, value: highlight.note, purpose: 'commenting' as const, format: 'text/plain', language: 'zh-CN' }]
        : []),
      ...highlight.tags.map((tag) => ({ type: 'TextualBody' as const, value: tag, purpose: 'tagging' as const })),
    ],
    target: {
      source: issueUrn(issue.contentHash, issue.id),
      selector: [
        { type: 'TextQuoteSelector', exact: highlight.quote, prefix: highlight.prefix, suffix: highlight.suffix },
        { type: 'TextPositionSelector', start: highlight.start, end: highlight.end },
      ],
    },
  }));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:readout:collection:${model.createdAt}`,
    type: 'AnnotationCollection',
    label: model.title,
    total: items.length,
    first: { type: 'AnnotationPage', id: `urn:readout:collection:${model.createdAt}:page:1`, items },
  };
}
