import { XMLBuilder } from "fast-xml-parser";

/** Characters XML 1.0 cannot carry at all (even escaped); transcripts pasted from elsewhere can hold them. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function toXmlSafe(value: string): string {
  return value.replace(NOT_XML, "\uFFFD");
}

export type XmlNode = Record<string, unknown>;

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, indentBy: "  ", suppressEmptyNode: true, suppressBooleanAttributes: false });

/** One XML document from a node tree (attributes as `@_name`, in schema order), with its declaration. */
export function buildXml(root: XmlNode): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(root) as string}`;
}

/** Drops undefined attributes/children so the builder writes nothing for them. */
export function compact<T extends XmlNode>(node: T): T {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}
