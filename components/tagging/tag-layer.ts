import type * as Y from "yjs";
import type { ParticipantRole } from "@/lib/interviews/roles";

/** One person's tags as seen in the room: their tag document, read-only unless it is mine. */
export interface TagLayer {
  userId: string;
  name: string;
  role: ParticipantRole | null;
  doc: Y.Doc;
  isMine: boolean;
}
