// Timing a move inside the loaded app, as a person makes it: the library is showing, a link
// changes the hash, and the clock stops when the new view is in the DOM and when the frame that
// shows it has been painted. Fresh page load before each round; the median of the rounds.
import type { Page } from '@playwright/test';

export interface NavigationTiming {
  /** Hash change → the ready selector is in the DOM. */
  rendered: number;
  /** Hash change → the frame showing it is painted. */
  painted: number;
}

// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
function timedNavigationScript(hash: string, readySelector: string): string {
  return `(async () => {
    const ready = () => document.querySelector(${JSON.stringify(readySelector)});
    const start = performance.now();
    const inDom = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (ready()) { observer.disconnect(); resolve(); }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    window.location.hash = ${JSON.stringify(hash)};
    await inDom;
    const rendered = performance.now() - start;
    // The frame that shows it: a task queued from requestAnimationFrame runs after that frame's paint.
    await new Promise((resolve) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    }));
    return { rendered, painted: performance.now() - start };
  })()`;
}

export const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Opens the app on the library `rounds` times and follows `hash` from there; medians of both times. */
export async function timeNavigation(
  app: Page,
  libraryUrl: string,
  hash: string,
  readySelector: string,
  rounds = 5,
): Promise<NavigationTiming> {
  const script = timedNavigationScript(hash, readySelector);
  const timings: NavigationTiming[] = [];
  for (let round = 0; round < rounds; round++) {
    await app.goto(libraryUrl);
    await app.getByRole('listitem').first().waitFor();
    timings.push((await app.evaluate(script)) as NavigationTiming);
  }
  return { rendered: medianOf(timings.map((t) => t.rendered)), painted: medianOf(timings.map((t) => t.painted)) };
}
