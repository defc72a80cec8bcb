// The QDA-XML (REFI-QDA) project as SecondEar reads and writes it: only the parts it maps.
// Positions here are always Unicode code points from 0, end exclusive (what SecondEar writes);
// readers of other tools' files convert to this before anything else sees them.

export const PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";
export const CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0";

export interface QdaUser {
  guid: string;
  name: string;
  /** UserType@id: SecondEar writes the person's email when the exporter may see it. */
  id?: string;
}

export interface QdaCode {
  guid: string;
  name: string;
  isCodable: boolean;
  color?: string;
  description?: string;
  children: QdaCode[];
}

export interface QdaCoding {
  guid: string;
  codeGuid: string;
  userGuid?: string;
  createdAt?: string;
}

export interface QdaTextSelection {
  guid: string;
  name?: string;
  start: number;
  end: number;
  userGuid?: string;
  createdAt?: string;
  codings: QdaCoding[];
  noteGuids: string[];
}

export interface QdaTextSource {
  guid: string;
  name: string;
  /** The text itself (the archive's `sources/<guid>.txt`, or PlainTextContent). */
  text: string;
  /** internal://<file>; absent when the text is inline. */
  plainTextPath?: string;
  selections: QdaTextSelection[];
}

export interface QdaSyncPoint {
  guid: string;
  timeStamp: number;
  position: number;
}

export interface QdaMediaSelection {
  guid: string;
  name?: string;
  begin: number;
  end: number;
  userGuid?: string;
  createdAt?: string;
  codings: QdaCoding[];
  noteGuids: string[];
}

export interface QdaMediaSource {
  kind: "audio" | "video";
  guid: string;
  name: string;
  path?: string;
  transcript?: { guid: string; name: string; plainTextPath?: string; syncPoints: QdaSyncPoint[] };
  selections: QdaMediaSelection[];
}

export interface QdaNote {
  guid: string;
  name: string;
  text: string;
  userGuid?: string;
  createdAt?: string;
}

export interface QdaProject {
  name: string;
  origin?: string;
  creatingUserGuid?: string;
  createdAt?: string;
  users: QdaUser[];
  codes: QdaCode[];
  textSources: QdaTextSource[];
  mediaSources: QdaMediaSource[];
  notes: QdaNote[];
}
