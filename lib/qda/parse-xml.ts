import { XMLParser, XMLValidator } from "fast-xml-parser";
import { QdaError } from "./qda-error";

// Element names that may repeat, always read as arrays (QDA-XML's lists).
const LISTS = new Set([
  "User", "Code", "TextSource", "PictureSource", "PDFSource", "AudioSource", "VideoSource", "PlainTextSelection", "AudioSelection", "VideoSelection",
  "Coding", "NoteRef", "Note", "Transcript", "SyncPoint", "Set", "Link", "Case", "Variable", "VariableValue", "Graph", "TranscriptSelection",
  "PictureSelection", "PDFSelection", "MemberCode",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => LISTS.has(name),
});

export type XmlObject = Record<string, unknown>;

/**
 * Parses a QDA-XML file. A DOCTYPE is refused outright: QDA-XML needs none, and a DTD is how
 * entity tricks (external entities reading files or the network, billion laughs) get in.
 */
export function parseXml(xml: string, where: string): XmlObject {
  const text = xml.replace(/^\uFEFF/, "");
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) throw new QdaError("has a DOCTYPE (DTD); QDA-XML needs none and SecondEar does not read DTDs or entities", `${where} line ${lineOf(text, doctype.index)}`);
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) throw new QdaError(`is not well-formed XML: ${valid.err.msg}`, `${where} line ${valid.err.line}, column ${valid.err.col}`);
  return parser.parse(text) as XmlObject;
}

export function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Where an element with this GUID is, for messages: "project.qde line 12". */
export function locateGuid(xml: string, where: string, guid: string | undefined): string {
  if (!guid) return where;
  const at = xml.indexOf(`"${guid}"`);
  return at < 0 ? where : `${where} line ${lineOf(xml, at)}`;
}

export function list(node: unknown, key: string): XmlObject[] {
  if (!node || typeof node !== "object") return [];
  const value = (node as XmlObject)[key];
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  // An element with no attributes and only whitespace inside parses as a string.
  return items.map((v) => (v && typeof v === "object" ? (v as XmlObject) : {}));
}

export function child(node: unknown, key: string): XmlObject | undefined {
  return list(node, key)[0];
}

export function attr(node: XmlObject | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}

/** A leaf element's text (Description, PlainTextContent). */
export function textOf(node: unknown, key: string): string | undefined {
  if (!node || typeof node !== "object") return undefined;
  const value = (node as XmlObject)[key];
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return textOf({ [key]: value[0] }, key);
  if (value && typeof value === "object" && typeof (value as XmlObject)["#text"] === "string") return (value as XmlObject)["#text"] as string;
  return value && typeof value === "object" ? "" : undefined;
}
