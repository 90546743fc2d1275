// The typed routes: every place the app links to reads back as the same route, including the
// landing parameters of an issue (a search result's text and block, a highlight, an event), and
// URLs written by earlier versions (bookmarks, reloads) still open the same place.
import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, type Route } from '../../../renderer/src/ui/app/route';

describe('routes', () => {
  const places: Route[] = [
    { view: 'library' },
    { view: 'settings' },
    { view: 'notes' },
    { view: 'timeline' },
    { view: 'issue', issueId: 'a/b c' },
    { view: 'issue', issueId: 'x', landing: { kind: 'find', find: '乡村 振兴&x=1', block: 3 } },
    { view: 'issue', issueId: 'x', landing: { kind: 'find', find: '标题', block: -1 } },
    { view: 'issue', issueId: 'x', landing: { kind: 'find', find: '会议', block: null } },
    { view: 'issue', issueId: 'x', landing: { kind: 'highlight', highlightId: 'h 1' } },
    { view: 'issue', issueId: 'x', landing: { kind: 'event', eventId: 'e#2' } },
    { view: 'official', personId: '张三' },
    { view: 'search', query: '"乡村振兴" -会议' },
    { view: 'print', spec: 'abc' },
  ];

  it.each(places)('reads back what it writes: %o', (route) => {
    expect(parseRoute(hrefFor(route))).toEqual(route);
  });

  it('reads the issue URLs the app wrote before the routes were typed', () => {
    expect(parseRoute('#/issue/i1?find=%E4%BC%9A%E8%AE%AE&block=2')).toEqual({
      view: 'issue',
      issueId: 'i1',
      landing: { kind: 'find', find: '会议', block: 2 },
    });
    expect(parseRoute('#/issue/i1?highlight=h9')).toEqual({
      view: 'issue',
      issueId: 'i1',
      landing: { kind: 'highlight', highlightId: 'h9' },
    });
    expect(parseRoute('#/issue/i1?event=e3')).toEqual({ view: 'issue', issueId: 'i1', landing: { kind: 'event', eventId: 'e3' } });
  });

  it('ignores a block that is not a number and parameters that are empty', () => {
    expect(parseRoute('#/issue/i1?find=x&block=2x')).toEqual({
      view: 'issue',
      issueId: 'i1',
      landing: { kind: 'find', find: 'x', block: null },
    });
    expect(parseRoute('#/issue/i1?find=&highlight=')).toEqual({ view: 'issue', issueId: 'i1' });
  });

  it('sends unknown places and an issue without an id to the library', () => {
    expect(parseRoute('')).toEqual({ view: 'library' });
    expect(parseRoute('#/nowhere')).toEqual({ view: 'library' });
    expect(parseRoute('#/issue/')).toEqual({ view: 'library' });
  });
});
