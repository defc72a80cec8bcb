/** A file SecondEar cannot read as QDA-XML: what is wrong and where (archive entry, line, element). */
export class QdaError extends Error {
  constructor(message: string, readonly where?: string) {
    super(where ? `${where}: ${message}` : message);
    this.name = "QdaError";
  }
}
