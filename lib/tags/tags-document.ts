import * as Y from "yjs";
import type { StoredTag } from "./tag-types";

/** The map inside a person's tag document that holds their tags by id. */
const TAGS_MAP = "tags";

export function getTagMap(doc: Y.Doc): Y.Map<StoredTag> {
  return doc.getMap<StoredTag>(TAGS_MAP);
}

export function addTag(doc: Y.Doc, tag: StoredTag): void {
  getTagMap(doc).set(tag.id, tag);
}

export type TagPatch = Partial<Pick<StoredTag, "code" | "step" | "polarity" | "note">>;

/** Changes a tag's code or note; where it points stays as it was. */
export function updateTag(doc: Y.Doc, id: string, patch: TagPatch): void {
  const map = getTagMap(doc);
  const tag = map.get(id);
  if (tag) map.set(id, { ...tag, ...patch });
}

export function updateTagNote(doc: Y.Doc, id: string, note: string): void {
  updateTag(doc, id, { note });
}

export function deleteTag(doc: Y.Doc, id: string): void {
  getTagMap(doc).delete(id);
}

/** Tags oldest first. */
export function listTags(doc: Y.Doc): StoredTag[] {
  return [...getTagMap(doc).values()].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export function newTagId(): string {
  return `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
