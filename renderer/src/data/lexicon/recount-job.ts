// The one background re-count of a library (lexicon-recount.ts) the views watch: started after
// every lexicon edit and at start-up, never two at once, cancellable, reporting its progress. A
// request while it runs is remembered, so an edit made as the last chunk ends is not left pending.
import type { ReadoutDatabase } from '../schema/db';
import { finishPendingCounts, type RecountProgress } from './lexicon-recount';
import { fillMissingTotals } from './lexicon-totals';

export interface RecountState {
  status: 'idle' | 'running' | 'cancelled' | 'failed';
  progress: RecountProgress | null;
  /** When the running job started (performance.now()), so a view can wait a moment before showing progress. */
  startedAt: number;
  /** Why the last run failed (status 'failed'). */
  error?: string;
}

type Listener = () => void;

export class RecountJob {
  private state: RecountState = { status: 'idle', progress: null, startedAt: 0 };
  private readonly listeners = new Set<Listener>();
  private controller: AbortController | null = null;
  private again = false;
  private running: Promise<void> | null = null;

  constructor(private readonly db: ReadoutDatabase) {}

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): RecountState => this.state;

  private set(state: RecountState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  /** Starts the re-count, or asks the running one to look again when it ends. Resolves when all is counted or cancelled. */
  request(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  cancel(): void {
    this.controller?.abort();
  }

  private async run(): Promise<void> {
    this.set({ status: 'running', progress: null, startedAt: performance.now() });
    try {
      do {
        this.again = false;
        this.controller = new AbortController();
        const outcome = await finishPendingCounts(this.db, {
          signal: this.controller.signal,
          onProgress: (progress) => this.set({ ...this.state, progress }),
        });
        if (outcome === 'cancelled') {
          this.set({ status: 'cancelled', progress: this.state.progress, startedAt: this.state.startedAt });
          return;
        }
        // A library from before version 12 has no totals yet: written now, while nothing waits.
        // Inside the loop, so that a request made meanwhile is seen by the while below.
        await fillMissingTotals(this.db);
      } while (this.again);
      this.set({ status: 'idle', progress: null, startedAt: 0 });
    } catch (error) {
      console.error('lexicon re-count failed', error);
      const message = error instanceof Error ? error.message : String(error);
      this.set({ status: 'failed', progress: this.state.progress, startedAt: this.state.startedAt, error: message });
    } finally {
      this.controller = null;
    }
  }
}

const jobs = new WeakMap<ReadoutDatabase, RecountJob>();

/** The re-count job of this database (one per database, made on first use). */
export function recountJobOf(db: ReadoutDatabase): RecountJob {
  let job = jobs.get(db);
  if (!job) {
    job = new RecountJob(db);
    jobs.set(db, job);
  }
  return job;
}
