// Arriving documents are checked like a restore: a malformed or hostile one is refused with a reason.
import { describe, expect, it } from 'vitest';
import { checkArrivingDoc } from '../../../renderer/src/data/sync/doc-schemas';
import { parseDocId } from '../../../renderer/src/data/sync/documents';
import { makeIssueRecord } from '../factories';

function highlight(overrides: Record<string, unknown> = {}) {
  return {
    id: 'h1',
    issueId: 'i-1',
    target: { quote: { exact: '城市更新', prefix: '', suffix: '' }, position: { start: 0, end: 4 } },
    start: 0,
    end: 4,
    anchor: 'exact',
    categoryId: 'policy',
    note: '',
    tagIds: [],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    author: 'alice',
    ...overrides,
  };
}

const highlightsDoc = (highlights: unknown[], author = 'alice') => ({
  _id: `hl:i-1:${author}`,
  _rev: '1-a',
  type: 'highlights',
  author,
  issueId: 'i-1',
  highlights,
});

describe('arriving documents', () => {
  it('accepts a well-formed highlights document', () => {
    expect(checkArrivingDoc(highlightsDoc([highlight()]))).toMatchObject({ ok: true, content: { type: 'highlights', author: 'alice' } });
  });

  it('refuses a highlight aimed at another issue, or signed by another author', () => {
    expect(checkArrivingDoc(highlightsDoc([highlight({ issueId: 'i-2' })]))).toEqual({ ok: false, reason: 'a highlight of another issue' });
    expect(checkArrivingDoc(highlightsDoc([highlight({ author: 'mallory' })]))).toEqual({
      ok: false,
      reason: 'a highlight of another author',
    });
  });

  it('refuses a document whose id and content disagree', () => {
    const doc = { ...highlightsDoc([highlight()]), _id: 'hl:i-1:bob' };
    expect(checkArrivingDoc(doc)).toEqual({ ok: false, reason: 'content does not match its id' });
  });

  it('refuses ids no Readout writes, and rows without their shape', () => {
    expect(checkArrivingDoc({ _id: '../../etc/passwd', type: 'tag' })).toEqual({ ok: false, reason: 'not a Readout document id' });
    const bad = checkArrivingDoc(highlightsDoc([highlight({ start: -5 })]));
    expect(bad.ok).toBe(false);
    const issue = makeIssueRecord({ id: 'i-1' });
    const noText = checkArrivingDoc({
      _id: 'issue:i-1',
      type: 'issue',
      author: 'alice',
      issue,
      text: { issueId: 'i-2', blocks: [], sections: [], credits: [], imagePlaceholders: 0 },
    });
    expect(noText).toEqual({ ok: false, reason: 'text of another issue' });
  });

  it('refuses a document with too many records before looking at them', () => {
    const many = Array.from({ length: 20_001 }, () => ({}));
    expect(checkArrivingDoc(highlightsDoc(many)).ok).toBe(false);
  });

  it('reads the document ids Readout writes, and only those', () => {
    expect(parseDocId('hl:i-1:%E5%BC%A0%E4%B8%89')).toEqual({ type: 'highlights', issueId: 'i-1', author: '张三' });
    expect(parseDocId('ev:i-1')).toEqual({ type: 'events', issueId: 'i-1' });
    expect(parseDocId('categories')).toEqual({ type: 'categories' });
    expect(parseDocId('tag:a:b')).toBeNull();
    expect(parseDocId('_design/evil')).toBeNull();
  });
});
