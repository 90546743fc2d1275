// The text of a corpus file as the app imports it: a .txt as UTF-8, a saved .html page through
// the same article extraction the import uses (run in jsdom, which executes no script).
import { readFileSync } from 'node:fs';
import { composeArticleText } from '../../renderer/src/domain/import/article-text';

export async function readCorpusText(path: string): Promise<string> {
  const text = readFileSync(path, 'utf8');
  if (!/\.html?$/i.test(path)) return text;
  // The import tests' DOM (jsdom globals), installed only when an HTML page is scored.
  await import('../../tests/unit/import/dom');
  const { extractHtmlArticle } = await import('../../renderer/src/import-formats/html-article');
  return composeArticleText(extractHtmlArticle(text));
}
