import { readFile } from "node:fs/promises";
import { validateXML } from "xmllint-wasm";

/** Validates with libxml2 (xmllint in WebAssembly) against the official REFI-QDA schemas shipped in testdata/. */
export async function validateAgainst(schema: "Project.xsd" | "Codebook.xsd", xml: string) {
  const contents = await readFile(new URL(`./testdata/${schema}`, import.meta.url), "utf8");
  const result = await validateXML({ xml: [{ fileName: "document.xml", contents: xml }], schema: [{ fileName: schema, contents }] });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
