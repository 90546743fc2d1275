// Whether a search term is to be read as pinyin, apart from pinyin.ts so that this test does not
// load pinyin-pro's dictionary: the search engine imports that only for a term that passes it.

/** Whether a query term looks like pinyin: Latin letters only, at least two. */
export function isPinyinQuery(term: string): boolean {
  return /^[a-z]{2,}$/i.test(term);
}
