/**
 * The recorder's chunks kept in this browser (IndexedDB) until the server has
 * them: a tab closed while the network was down loses only the chunk being
 * recorded; the queued ones upload when the room is opened again.
 */
export interface StoredChunk {
  captureId: string;
  seq: number;
  blob: Blob;
  recordedMs: number;
}

const DB_NAME = "secondear-capture";
const STORE = "chunks";

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: ["captureId", "seq"] });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

const range = (captureId: string, fromSeq = 0, toSeq = Number.MAX_SAFE_INTEGER) => IDBKeyRange.bound([captureId, fromSeq], [captureId, toSeq]);

export const chunkStore = {
  put: (chunk: StoredChunk) => run("readwrite", (store) => store.put(chunk)).then(() => undefined),
  /** Everything the server has acknowledged (below `nextSeq`) can go. */
  forgetBelow: (captureId: string, nextSeq: number) => (nextSeq > 0 ? run("readwrite", (store) => store.delete(range(captureId, 0, nextSeq - 1))).then(() => undefined) : Promise.resolve()),
  list: (captureId: string, fromSeq: number) => run("readonly", (store) => store.getAll(range(captureId, fromSeq)) as IDBRequest<StoredChunk[]>),
  forget: (captureId: string) => run("readwrite", (store) => store.delete(range(captureId))).then(() => undefined),
};
