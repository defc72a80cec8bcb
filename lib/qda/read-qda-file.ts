import { QdaError } from "./qda-error";
import { parseCodes, parseProject, type ParsedProject } from "./parse-project";
import { attr, child, parseXml } from "./parse-xml";
import { isEscapingPath, readZip } from "./read-zip";
import type { QdaCode } from "./types";
import { readZipLimits, type ZipLimits } from "./zip-limits";

const PROJECT_ENTRY = /^[^/\\]+\.qde$/i;
const SOURCES_ENTRY = /^sources[/\\][^/\\]+$/i;

/** A .qdpx archive (or a bare .qde) as SecondEar's model; throws QdaError naming the problem. */
export function readQdpx(bytes: Uint8Array, options: { fileName?: string; limits?: ZipLimits } = {}): ParsedProject {
  const limits = options.limits ?? readZipLimits();
  if (bytes.length > limits.maxArchiveBytes) throw new QdaError(`the file is ${bytes.length} bytes; the limit is ${limits.maxArchiveBytes} (QDPX_MAX_ARCHIVE_BYTES)`, options.fileName);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) {
    const xml = decodeText(bytes, options.fileName ?? "project.qde", []);
    return parseProject(xml, { where: options.fileName ?? "project.qde", readText: () => null });
  }
  const entries = readZip(bytes, limits, (name) => PROJECT_ENTRY.test(name) || SOURCES_ENTRY.test(name));
  const qdes = [...entries.keys()].filter((n) => PROJECT_ENTRY.test(n));
  // The standard's name first; Project.qde and <name>.qde are what some tools write.
  const qde = qdes.find((n) => n === "project.qde") ?? qdes.find((n) => n.toLowerCase() === "project.qde") ?? (qdes.length === 1 ? qdes[0] : undefined);
  if (!qde) throw new QdaError(qdes.length ? `holds several .qde files (${qdes.join(", ")}) and none is project.qde` : "holds no project.qde", options.fileName ?? "the archive");
  const warnings: string[] = [];
  if (qde !== "project.qde") warnings.push(`the project file is “${qde}”, not project.qde; read it anyway`);
  const sources = new Map([...entries].filter(([n]) => SOURCES_ENTRY.test(n)).map(([n, data]) => [n.slice("sources/".length).toLowerCase(), { name: n, data }]));
  const readText = (path: string): string | null => {
    const file = path.replace(/^internal:\/\//i, "");
    if (/^[a-z]+:\/\//i.test(file)) return null;
    if (isEscapingPath(file) || /[/\\]/.test(file.replace(/^sources[/\\]/i, ""))) throw new QdaError(`the source path “${path}” leaves the sources folder; refusing the file`, qde);
    const found = sources.get(file.replace(/^sources[/\\]/i, "").toLowerCase());
    return found ? decodeText(found.data, found.name, warnings) : null;
  };
  const parsed = parseProject(decodeText(entries.get(qde)!, qde, warnings), { where: qde, readText });
  return { project: parsed.project, warnings: [...warnings, ...parsed.warnings] };
}

/** A .qdc codebook (or the CodeBook of a .qde/.qdpx): the code tree. */
export function readCodebook(bytes: Uint8Array, options: { fileName?: string; limits?: ZipLimits } = {}): { codes: QdaCode[]; warnings: string[] } {
  const where = options.fileName ?? "codebook.qdc";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const { project, warnings } = readQdpx(bytes, options);
    return { codes: project.codes, warnings };
  }
  const limits = options.limits ?? readZipLimits();
  if (bytes.length > limits.maxUncompressedBytes) throw new QdaError(`the file is ${bytes.length} bytes; the limit is ${limits.maxUncompressedBytes} (QDPX_MAX_UNCOMPRESSED_BYTES)`, where);
  const warnings: string[] = [];
  const doc = parseXml(decodeText(bytes, where, warnings), where);
  const book = child(doc, "CodeBook") ?? child(child(doc, "Project"), "CodeBook");
  if (!book) throw new QdaError(`has no <CodeBook> root element (found ${Object.keys(doc).filter((k) => !k.startsWith("?")).join(", ") || "nothing"})`, where);
  const ns = attr(book, "xmlns") ?? attr(child(doc, "Project"), "xmlns");
  // Real exporters write urn:QDA-XML:codebook:0:4 and …:1:0 besides the standard's 1.0.
  if (ns && !/^urn:QDA-XML:(codebook|project):/i.test(ns)) warnings.push(`${where}: the namespace is ${ns}, not urn:QDA-XML:codebook:1.0; read it anyway`);
  const codes = parseCodes(child(book, "Codes"), where);
  if (!codes.length) throw new QdaError("the codebook holds no codes", where);
  return { codes, warnings };
}

/** UTF-8 as the standard says; a file that is not (some Windows exports) is read as Windows-1252, with a warning. */
function decodeText(bytes: Uint8Array, where: string, warnings: string[]): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    warnings.push(`${where} is not UTF-8; read as Windows-1252`);
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
