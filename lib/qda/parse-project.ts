import { QdaError } from "./qda-error";
import { attr, child, list, locateGuid, parseXml, textOf, type XmlObject } from "./parse-xml";
import type { QdaCode, QdaCoding, QdaMediaSelection, QdaMediaSource, QdaNote, QdaProject, QdaTextSelection, QdaTextSource, QdaUser } from "./types";

export interface ParsedProject {
  project: QdaProject;
  warnings: string[];
}

/**
 * project.qde as SecondEar's model. `readText(path)` returns a source's text by its path
 * (internal://…, or null when not in the archive). Positions are kept as the file has them; the
 * import decides how they count (`chooseOffsetReading`). What SecondEar does not carry becomes a warning.
 */
export function parseProject(xml: string, options: { where: string; readText: (path: string) => string | null }): ParsedProject {
  const { where } = options;
  const doc = parseXml(xml, where);
  const root = child(doc, "Project");
  if (!root) throw new QdaError(`has no <Project> root element (found ${Object.keys(doc).filter((k) => !k.startsWith("?")).join(", ") || "nothing"})`, where);
  const warnings: string[] = [];
  const ns = attr(root, "xmlns");
  if (ns && !ns.startsWith("urn:QDA-XML:project:")) warnings.push(`${where}: the namespace is ${ns}, not urn:QDA-XML:project:1.0; read it anyway`);
  const at = (guid: string | undefined) => locateGuid(xml, where, guid);
  const requireGuid = (node: XmlObject, element: string): string => {
    const guid = attr(node, "guid");
    if (!guid) throw new QdaError(`a <${element}> has no guid attribute`, where);
    return guid;
  };
  const position = (node: XmlObject, name: string, element: string, guid: string): number => {
    const raw = attr(node, name);
    if (raw === undefined || !/^\s*-?\d+\s*$/.test(raw)) throw new QdaError(`${name}="${raw ?? ""}" is not a whole number`, `${at(guid)} <${element} guid="${guid}">`);
    return Number(raw);
  };
  const codings = (node: XmlObject, owner: string): QdaCoding[] =>
    list(node, "Coding").map((c) => {
      const guid = requireGuid(c, "Coding");
      const codeGuid = attr(child(c, "CodeRef"), "targetGUID");
      if (!codeGuid) throw new QdaError("a <Coding> has no <CodeRef targetGUID>", `${at(guid)} in ${owner}`);
      return { guid, codeGuid: normalizeGuid(codeGuid), userGuid: optionalGuid(attr(c, "creatingUser")), createdAt: attr(c, "creationDateTime") };
    });
  const noteRefs = (node: XmlObject) => list(node, "NoteRef").map((n) => attr(n, "targetGUID")).filter((g): g is string => !!g).map(normalizeGuid);
  const readPath = (path: string | undefined, owner: string): string | null => {
    if (!path) return null;
    const text = options.readText(path);
    if (text === null) warnings.push(`${owner}: its text ${path} is not in the archive; skipped`);
    return text;
  };

  const users: QdaUser[] = list(child(root, "Users"), "User").map((u) => {
    const guid = normalizeGuid(requireGuid(u, "User"));
    return { guid, name: attr(u, "name")?.trim() || attr(u, "id") || "Unnamed coder", ...(attr(u, "id") ? { id: attr(u, "id") } : {}) };
  });
  const codes = parseCodes(child(child(root, "CodeBook"), "Codes"), where);

  const sources = child(root, "Sources");
  const textSources: QdaTextSource[] = [];
  for (const s of list(sources, "TextSource")) {
    const guid = normalizeGuid(requireGuid(s, "TextSource"));
    const name = attr(s, "name") ?? guid;
    const owner = `text source “${name}”`;
    const inline = textOf(s, "PlainTextContent");
    const text = inline ?? readPath(attr(s, "plainTextPath"), owner);
    if (text === null || text === undefined) {
      if (!attr(s, "plainTextPath")) warnings.push(`${owner} has neither PlainTextContent nor plainTextPath; skipped`);
      continue;
    }
    if (list(s, "Coding").length) warnings.push(`${owner}: ${list(s, "Coding").length} coding(s) of the whole source are not imported (SecondEar tags passages)`);
    const selections: QdaTextSelection[] = list(s, "PlainTextSelection").map((sel) => {
      const selGuid = normalizeGuid(requireGuid(sel, "PlainTextSelection"));
      return {
        guid: selGuid,
        name: attr(sel, "name"),
        start: position(sel, "startPosition", "PlainTextSelection", selGuid),
        end: position(sel, "endPosition", "PlainTextSelection", selGuid),
        userGuid: optionalGuid(attr(sel, "creatingUser")),
        createdAt: attr(sel, "creationDateTime"),
        codings: codings(sel, `<PlainTextSelection guid="${selGuid}">`),
        noteGuids: noteRefs(sel),
      };
    });
    textSources.push({ guid, name, text: text.replace(/^\uFEFF/, ""), plainTextPath: attr(s, "plainTextPath"), selections });
  }

  const mediaSources: QdaMediaSource[] = [];
  for (const kind of ["audio", "video"] as const) {
    const element = kind === "audio" ? "AudioSource" : "VideoSource";
    for (const m of list(sources, element)) {
      const guid = normalizeGuid(requireGuid(m, element));
      const transcript = list(m, "Transcript")[0];
      mediaSources.push({
        kind,
        guid,
        name: attr(m, "name") ?? guid,
        path: attr(m, "path"),
        transcript: transcript
          ? {
              guid: normalizeGuid(requireGuid(transcript, "Transcript")),
              name: attr(transcript, "name") ?? "",
              plainTextPath: attr(transcript, "plainTextPath"),
              syncPoints: list(transcript, "SyncPoint").flatMap((p) => {
                const ts = Number(attr(p, "timeStamp"));
                const pos = Number(attr(p, "position"));
                return Number.isFinite(ts) && Number.isFinite(pos) ? [{ guid: normalizeGuid(attr(p, "guid") ?? ""), timeStamp: ts, position: pos }] : [];
              }),
            }
          : undefined,
        selections: list(m, kind === "audio" ? "AudioSelection" : "VideoSelection").map((sel): QdaMediaSelection => {
          const selGuid = normalizeGuid(requireGuid(sel, `${element} selection`));
          return {
            guid: selGuid,
            name: attr(sel, "name"),
            begin: position(sel, "begin", kind === "audio" ? "AudioSelection" : "VideoSelection", selGuid),
            end: position(sel, "end", kind === "audio" ? "AudioSelection" : "VideoSelection", selGuid),
            userGuid: optionalGuid(attr(sel, "creatingUser")),
            codings: codings(sel, `<${element} guid="${selGuid}">`),
            noteGuids: noteRefs(sel),
          };
        }),
      });
    }
  }
  for (const element of ["PDFSource", "PictureSource"]) {
    const n = list(sources, element).length;
    if (n) warnings.push(`${n} ${element} element(s) are not imported (SecondEar holds transcripts only)`);
  }

  const notes: QdaNote[] = list(child(root, "Notes"), "Note").flatMap((n) => {
    const guid = normalizeGuid(requireGuid(n, "Note"));
    const text = textOf(n, "PlainTextContent") ?? readPath(attr(n, "plainTextPath"), `note “${attr(n, "name") ?? guid}”`);
    return text === null || text === undefined ? [] : [{ guid, name: attr(n, "name") ?? "", text, userGuid: optionalGuid(attr(n, "creatingUser")), createdAt: attr(n, "creationDateTime") }];
  });
  for (const element of ["Variables", "Cases", "Links", "Sets", "Graphs"]) {
    if (child(root, element)) warnings.push(`<${element}> is not imported (SecondEar has no equivalent)`);
  }

  return {
    project: {
      name: attr(root, "name") ?? "Imported project",
      origin: attr(root, "origin"),
      creatingUserGuid: optionalGuid(attr(root, "creatingUserGUID")),
      createdAt: attr(root, "creationDateTime"),
      users,
      codes,
      textSources,
      mediaSources,
      notes,
    },
    warnings,
  };
}

/** A Codes element's tree (used by projects and .qdc codebooks alike). */
export function parseCodes(codes: XmlObject | undefined, where: string): QdaCode[] {
  const read = (node: XmlObject): QdaCode => {
    const guid = attr(node, "guid");
    const name = attr(node, "name");
    if (!guid) throw new QdaError(`a <Code${name ? ` name="${name}"` : ""}> has no guid attribute`, where);
    if (!name?.trim()) throw new QdaError(`the <Code guid="${guid}"> has no name`, where);
    const codable = attr(node, "isCodable");
    const color = attr(node, "color");
    return {
      guid: normalizeGuid(guid),
      name: name.trim(),
      isCodable: codable === undefined ? true : codable === "true" || codable === "1",
      ...(color && /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.test(color) ? { color: expandColor(color) } : {}),
      ...(textOf(node, "Description")?.trim() ? { description: textOf(node, "Description")!.trim() } : {}),
      children: list(node, "Code").map(read),
    };
  };
  return list(codes, "Code").map(read);
}

/** GUIDs compare without braces and case (the schema allows both). */
export function normalizeGuid(guid: string): string {
  return guid.trim().replace(/^\{|\}$/g, "").toUpperCase();
}

function optionalGuid(guid: string | undefined): string | undefined {
  return guid ? normalizeGuid(guid) : undefined;
}

function expandColor(color: string): string {
  const c = color.toLowerCase();
  return c.length === 4 ? `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}` : c;
}
