// The text of a corpus file as the app imports it: a .txt as UTF-8, a saved .html page through
// the same article extraction the import uses (run in jsdom, which executes no script).
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { composeArticleText } from '../../renderer/src/domain/import/article-text';

let domReady = false;

function installDom(): void {
  if (domReady) return;
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const globals = globalThis as unknown as Record<string, unknown>;
  globals.window = window;
  globals.document = window.document;
  globals.DOMParser = window.DOMParser;
  globals.Node = window.Node;
  globals.HTMLElement = window.HTMLElement;
  domReady = true;
}

export async function readCorpusText(path: string): Promise<string> {
  const text = readFileSync(path, 'utf8');
  if (!/\.html?$/i.test(path)) return text;
  installDom();
  const { extractHtmlArticle } = await import('../../renderer/src/import-formats/html-article');
  return composeArticleText(extractHtmlArticle(text));
}
