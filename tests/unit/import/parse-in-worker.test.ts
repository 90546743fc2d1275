// The parsing Worker's client: results come back as the in-process reader gives them; a file the
// Worker does not finish within the budget, or one it fails on, is refused by name and the next
// file gets a fresh Worker; where no Worker can start, files are read in-process.
import { describe, expect, it } from 'vitest';
import { workerParseReader, type ParseWorker, type WorkerAnswer } from '../../../renderer/src/import-formats/parse-in-worker';
import { handleParseRequest, type ParseRequest } from '../../../renderer/src/import-formats/parse-request';

type Behaviour = 'answer' | 'hang' | 'crash' | 'failToLoad';

/** A stand-in Worker running the real request handler, or hanging, or failing, as told. */
function fakeWorker(behaviour: Behaviour, spawned: string[]): ParseWorker {
  spawned.push(behaviour);
  const worker: ParseWorker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    terminate: () => {},
    postMessage: (request: ParseRequest) => {
      setTimeout(async () => {
        const post = (answer: WorkerAnswer) => worker.onmessage?.({ data: answer } as MessageEvent<WorkerAnswer>);
        const error = () => worker.onerror?.({ preventDefault: () => {} } as ErrorEvent);
        if (behaviour === 'failToLoad') return error();
        post({ type: 'ready' });
        if (behaviour === 'crash') return error();
        if (behaviour === 'answer') post({ type: 'result', result: await handleParseRequest(request) });
      }, 0);
    },
  };
  return worker;
}

const text = (name: string): ParseRequest => ({
  kind: 'text',
  name,
  text: '区委常委会召开会议\n\n3月4日，区委书记王五主持召开区委常委会会议。\n',
});

describe('parsing in a Worker', () => {
  it('returns what the in-process reader returns', async () => {
    const spawned: string[] = [];
    const read = workerParseReader(() => fakeWorker('answer', spawned));
    expect(await read(text('a.txt'))).toEqual(await handleParseRequest(text('a.txt')));
    expect(await read(text('b.txt'))).toMatchObject({ ok: true, digest: { name: 'b.txt' } });
    expect(spawned).toHaveLength(1);
  });

  it('refuses by name a file not read within the budget, then reads the next in a fresh Worker', async () => {
    const spawned: string[] = [];
    const plan: Behaviour[] = ['hang', 'answer'];
    const read = workerParseReader(() => fakeWorker(plan.shift()!, spawned), 20);
    expect(await read(text('slow.txt'))).toEqual({ ok: false, name: 'slow.txt', refusal: { code: 'tookTooLong', seconds: 0 } });
    expect(await read(text('next.txt'))).toMatchObject({ ok: true, digest: { name: 'next.txt' } });
    expect(spawned).toEqual(['hang', 'answer']);
  });

  it('refuses by name a file the Worker fails on, then reads the next in a fresh Worker', async () => {
    const spawned: string[] = [];
    const plan: Behaviour[] = ['crash', 'answer'];
    const read = workerParseReader(() => fakeWorker(plan.shift()!, spawned));
    expect(await read(text('crash.txt'))).toEqual({ ok: false, name: 'crash.txt', refusal: { code: 'readerFailed' } });
    expect(await read(text('next.txt'))).toMatchObject({ ok: true, digest: { name: 'next.txt' } });
    expect(spawned).toEqual(['crash', 'answer']);
  });

  it('reads in-process where a Worker cannot load or be made', async () => {
    const spawned: string[] = [];
    const read = workerParseReader(() => fakeWorker('failToLoad', spawned));
    expect(await read(text('a.txt'))).toMatchObject({ ok: true, digest: { name: 'a.txt' } });
    expect(await read(text('b.txt'))).toMatchObject({ ok: true, digest: { name: 'b.txt' } });
    expect(spawned).toHaveLength(1);
    const throwing = workerParseReader(() => {
      throw new Error('SecurityError');
    });
    expect(await throwing(text('c.txt'))).toMatchObject({ ok: true, digest: { name: 'c.txt' } });
  });
});
