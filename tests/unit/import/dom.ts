// A DOM for the import tests that need one (HTML and .docx reading parse HTML with DOMParser and
// sanitize it with DOMPurify), installed as globals from jsdom. The suite stays in vitest's node
// environment so that file URLs (the corpus) keep working; jsdom runs no scripts and loads nothing.
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('<!doctype html><html><body></body></html>');

const globals = globalThis as unknown as Record<string, unknown>;
globals.window = window;
globals.document = window.document;
globals.DOMParser = window.DOMParser;
globals.Node = window.Node;
globals.HTMLElement = window.HTMLElement;

export const domWindow = window;
