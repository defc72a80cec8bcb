import path from "node:path";
import { getDataDir } from "../../config/data-dir";

/** Where recordings are stored: DATA_DIR/media. */
export function getMediaDir(): string {
  return path.join(getDataDir(), "media");
}
