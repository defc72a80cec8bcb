import * as Y from "yjs";

/** Origin of the transaction that builds a document from its stored bytes: nothing to relay. */
export const BUILD_ORIGIN = Symbol("built from storage");

/**
 * A room's document and the stored bytes it starts from. Building (applying
 * the bytes) is the costliest part of opening a large document, so it waits
 * until something needs the document: a client with nothing yet is served
 * the stored bytes as they are (npm run bench:sync, cold load).
 */
export class StoredState {
  private unbuilt: Uint8Array | null;
  private pristine: Uint8Array | null;

  readonly doc = new Y.Doc({ gc: true });

  constructor(stored: Uint8Array | null) {
    this.unbuilt = stored;
    this.pristine = stored;
  }

  get isBuilt(): boolean {
    return this.unbuilt === null;
  }

  /** The document, built from the stored bytes first if that has not happened yet. */
  build(): Y.Doc {
    const stored = this.unbuilt;
    if (stored) {
      this.unbuilt = null;
      Y.applyUpdate(this.doc, stored, BUILD_ORIGIN);
    }
    return this.doc;
  }

  /** The stored bytes, while the document has not changed since loading: everything a new client needs. */
  get pristineBytes(): Uint8Array | null {
    return this.pristine;
  }

  /** Called on every change to the document after loading. */
  changed(): void {
    this.pristine = null;
  }
}
