import { codeNode } from "./build-project-xml";
import { CODEBOOK_NAMESPACE, type QdaCode } from "./types";
import { buildXml } from "./xml-text";

/** A `.qdc` codebook file (Codebook.xsd): the same Code tree as in a project, without NoteRefs. */
export function buildCodebookXml(options: { codes: QdaCode[]; origin?: string }): string {
  return buildXml({
    CodeBook: {
      "@_xmlns": CODEBOOK_NAMESPACE,
      "@_xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "@_xsi:schemaLocation": `${CODEBOOK_NAMESPACE} Codebook.xsd`,
      ...(options.origin ? { "@_origin": options.origin } : {}),
      Codes: { Code: options.codes.map(codeNode) },
    },
  });
}
