import type { QdaCode, QdaCoding, QdaMediaSelection, QdaProject, QdaTextSelection } from "./types";
import { PROJECT_NAMESPACE } from "./types";
import { buildXml, compact, toXmlSafe, type XmlNode } from "./xml-text";

// Writes project.qde. Every content model in Project.xsd is a sequence, so each node's keys are
// added in the schema's order; empty list wrappers (<Users/>, <Codes/>) are invalid and left out.

export function buildProjectXml(project: QdaProject): string {
  const sources = [
    ...project.textSources.map((s) => ({
      TextSource: compact({
        "@_guid": s.guid,
        "@_name": toXmlSafe(s.name),
        "@_plainTextPath": s.plainTextPath,
        ...(s.plainTextPath ? {} : { PlainTextContent: toXmlSafe(s.text) }),
        PlainTextSelection: s.selections.map(textSelectionNode),
      }),
    })),
    ...project.mediaSources.map((m) => {
      const tag = m.kind === "audio" ? "AudioSource" : "VideoSource";
      const selectionTag = m.kind === "audio" ? "AudioSelection" : "VideoSelection";
      return {
        [tag]: compact({
          "@_guid": m.guid,
          "@_name": toXmlSafe(m.name),
          "@_path": m.path,
          Transcript: m.transcript
            ? compact({
                "@_guid": m.transcript.guid,
                "@_name": toXmlSafe(m.transcript.name),
                "@_plainTextPath": m.transcript.plainTextPath,
                SyncPoint: m.transcript.syncPoints.map((p) => ({ "@_guid": p.guid, "@_timeStamp": p.timeStamp, "@_position": p.position })),
              })
            : undefined,
          [selectionTag]: m.selections.map(mediaSelectionNode),
        }),
      };
    }),
  ];
  const root = compact({
    "@_xmlns": PROJECT_NAMESPACE,
    "@_xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "@_xsi:schemaLocation": `${PROJECT_NAMESPACE} Project.xsd`,
    "@_name": toXmlSafe(project.name),
    "@_origin": project.origin,
    "@_creatingUserGUID": project.creatingUserGuid,
    "@_creationDateTime": project.createdAt,
    Users: project.users.length ? { User: project.users.map((u) => compact({ "@_guid": u.guid, "@_name": toXmlSafe(u.name), "@_id": u.id })) } : undefined,
    CodeBook: project.codes.length ? { Codes: { Code: project.codes.map(codeNode) } } : undefined,
    Sources: sources.length ? groupSources(sources) : undefined,
    Notes: project.notes.length
      ? {
          Note: project.notes.map((n) =>
            compact({ "@_guid": n.guid, "@_name": toXmlSafe(n.name), "@_creatingUser": n.userGuid, "@_creationDateTime": n.createdAt, PlainTextContent: toXmlSafe(n.text) }),
          ),
        }
      : undefined,
  });
  return buildXml({ Project: root });
}

/** Sources is a choice of elements in any order; the builder groups same-named keys, which the choice allows. */
function groupSources(items: Array<Record<string, XmlNode>>): XmlNode {
  const grouped: Record<string, XmlNode[]> = {};
  for (const item of items) for (const [key, node] of Object.entries(item)) (grouped[key] ??= []).push(node);
  return grouped;
}

export function codeNode(code: QdaCode): XmlNode {
  return compact({
    "@_guid": code.guid,
    "@_name": toXmlSafe(code.name),
    "@_isCodable": String(code.isCodable),
    "@_color": code.color,
    Description: code.description ? toXmlSafe(code.description) : undefined,
    Code: code.children.map(codeNode),
  });
}

function codingNode(coding: QdaCoding): XmlNode {
  return compact({ "@_guid": coding.guid, "@_creatingUser": coding.userGuid, "@_creationDateTime": coding.createdAt, CodeRef: { "@_targetGUID": coding.codeGuid } });
}

function textSelectionNode(s: QdaTextSelection): XmlNode {
  return compact({
    "@_guid": s.guid,
    "@_name": s.name === undefined ? undefined : toXmlSafe(s.name),
    "@_startPosition": s.start,
    "@_endPosition": s.end,
    "@_creatingUser": s.userGuid,
    "@_creationDateTime": s.createdAt,
    Coding: s.codings.map(codingNode),
    NoteRef: s.noteGuids.map((g) => ({ "@_targetGUID": g })),
  });
}

function mediaSelectionNode(s: QdaMediaSelection): XmlNode {
  return compact({
    "@_guid": s.guid,
    "@_name": s.name === undefined ? undefined : toXmlSafe(s.name),
    "@_begin": s.begin,
    "@_end": s.end,
    "@_creatingUser": s.userGuid,
    "@_creationDateTime": s.createdAt,
    Coding: s.codings.map(codingNode),
    NoteRef: s.noteGuids.map((g) => ({ "@_targetGUID": g })),
  });
}
