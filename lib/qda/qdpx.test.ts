import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildCodebookXml } from "./build-codebook-xml";
import { buildImportView } from "./build-import-view";
import { buildProjectXml } from "./build-project-xml";
import { interviewToQda } from "./interview-to-qda";
import { readCodebook, readQdpx } from "./read-qda-file";
import { sampleExportInput, SAMPLE_UTTERANCES } from "./sample-export-input";
import { validateAgainst } from "./validate-xsd.test-helper";
import { writeQdpx } from "./write-qdpx";

const LIMITS = { maxArchiveBytes: 5_000_000, maxUncompressedBytes: 1_000_000, maxEntries: 100 };

function exportSample(overrides = {}) {
  const qda = interviewToQda(sampleExportInput(overrides));
  return { qda, xml: buildProjectXml(qda.project), bytes: writeQdpx(qda) };
}

function unzipProject(bytes: Uint8Array) {
  return readQdpx(bytes, { limits: LIMITS });
}

describe("QDA-XML export", () => {
  it("writes a project.qde that the official Project.xsd accepts, and the validator rejects a broken one", async () => {
    const { xml } = exportSample();
    expect(await validateAgainst("Project.xsd", xml)).toEqual({ valid: true, errors: [] });
    // The same document with a required attribute gone must fail: the check can fail.
    const broken = await validateAgainst("Project.xsd", xml.replace(/ isCodable="(true|false)"/, ""));
    expect(broken.valid).toBe(false);
    expect(broken.errors.join("\n")).toMatch(/isCodable/);
    // Without a recording there is no AudioSource, and it is still valid.
    expect(await validateAgainst("Project.xsd", exportSample({ recording: null }).xml)).toEqual({ valid: true, errors: [] });
  });

  it("writes a .qdc that Codebook.xsd accepts", async () => {
    const { qda } = exportSample();
    const qdc = buildCodebookXml({ codes: qda.project.codes, origin: "SecondEar" });
    expect(await validateAgainst("Codebook.xsd", qdc)).toEqual({ valid: true, errors: [] });
    expect((await validateAgainst("Codebook.xsd", qdc.replace(/guid="[^"]+"/, 'guid="code-001"'))).valid).toBe(false);
  });

  it("maps people, codes, spans, live tags, notes and the recording", () => {
    const { qda } = exportSample();
    const { project } = qda;
    expect(project.users.map((u) => u.name)).toEqual(["Zoë Müller", "Bo <Buddy> & Co"]);
    expect(project.users[0].id).toBe("zoe@example.test");
    expect(project.codes.map((c) => [c.name, c.isCodable, c.children.length])).toEqual([
      ["Stick to open-ended questions", false, 4],
      ["Listen with empathy", false, 4],
      ["Speak as little as possible", false, 4],
      ["Use the buddy system", false, 3],
    ]);
    const text = qda.files[`sources/${project.textSources[0].guid}.txt`];
    expect(text.split("\n")[1]).toBe(`Søren: ${SAMPLE_UTTERANCES[1].text}`);
    const codePoints = [...text];
    const word = (s: { start: number; end: number }) => codePoints.slice(s.start, s.end).join("");
    const selections = project.textSources[0].selections;
    expect(selections.map(word)).toEqual([
      "Walk me through the last time",
      // The live tag at 20 s, minus the 3 s reaction lag, lands on the utterance playing at 17 s.
      SAMPLE_UTTERANCES[3].text,
      "broken van 😩, so I called 田中さん",
      "Would it be better if",
      "Walk me through the last time you planned a route 🚚",
      "café open at 5 a.m. 𠀋 no joke",
    ]);
    expect(selections[0].codings[0].userGuid).toBe(project.users[0].guid);
    expect(selections[3].codings[0].userGuid).toBe(project.users[1].guid);
    expect(project.notes.map((n) => n.text)).toEqual(["let it breathe ☕", "classic “leading” one"]);
    expect(selections[1].noteGuids).toEqual([project.notes[0].guid]);
    const media = project.mediaSources[0];
    expect(media).toMatchObject({ kind: "audio", name: "acme call.m4a" });
    expect(media.selections).toEqual([expect.objectContaining({ begin: 17_000, end: 30_000, noteGuids: [project.notes[0].guid] })]);
    expect(media.transcript!.syncPoints.map((p) => [p.timeStamp, word({ start: p.position, end: p.position + 5 })])).toEqual([
      [0, "Zoë M"], [4000, "Søren"], [12000, "Zoë M"], [15000, "Søren"], [30000, ""],
    ]);
  });

  it("gives the same GUIDs on every export, and different ones for another interview", () => {
    const guids = (xml: string) => [...xml.matchAll(/ guid="([^"]+)"/g)].map((m) => m[1]);
    const first = guids(exportSample().xml);
    expect(guids(exportSample({ exportedAt: "2027-01-01T00:00:00.000Z" }).xml)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    const other = guids(exportSample({ interview: { id: "interview0002", title: "x", workspaceId: "workspace0001" } }).xml);
    // Codes and users are the workspace's and the people's; the interview's own objects differ.
    expect(other.filter((g) => first.includes(g)).length).toBeLessThan(first.length / 2);
    expect(exportSample().bytes).toEqual(exportSample().bytes);
  });
});

describe("QDA-XML import", () => {
  it("round trip: the same users, codes, passages (by text) and notes come back", () => {
    const view = buildImportView(unzipProject(exportSample().bytes));
    expect(view.users.map((u) => u.name)).toEqual(["Zoë Müller", "Bo <Buddy> & Co"]);
    expect(view.codes.filter((c) => c.isCodable).map((c) => c.name)).toContain("Leading question");
    const source = view.sources[0];
    expect(source.utterances.map((u) => [u.speaker, u.text, u.startMs, u.endMs])).toEqual(SAMPLE_UTTERANCES.map((u) => [u.speaker, u.text, u.startMs, u.endMs]));
    expect(source.codings.map((c) => [c.userName, c.codeName, c.text, c.note ?? null])).toEqual([
      ["Zoë Müller", "Open question", "Walk me through the last time", null],
      ["Zoë Müller", "Held silence", SAMPLE_UTTERANCES[3].text, "let it breathe ☕"],
      ["Zoë Müller", "Insight", "broken van 😩, so I called 田中さん", null],
      ["Bo <Buddy> & Co", "Leading question", "Would it be better if", "classic “leading” one"],
      ["Bo <Buddy> & Co", "Open question", "Walk me through the last time you planned a route 🚚", null],
      ["Bo <Buddy> & Co", "Insight", "café open at 5 a.m. 𠀋 no joke", null],
    ]);
    expect(source.codings[2].from).toEqual({ utterance: 1, offset: SAMPLE_UTTERANCES[1].text.indexOf("broken") });
    // Only the audio selection of the live tag is left out, and said so.
    expect(view.warnings).toEqual([expect.stringMatching(/1 audio\/video selection/)]);
  });

  it("reads positions counted in UTF-16 code units (a deviation some tools have) by where the words fall", () => {
    const { qda } = exportSample({ recording: null });
    const text = qda.files[`sources/${qda.project.textSources[0].guid}.txt`];
    const cpToU16 = (cp: number) => [...text].slice(0, cp).join("").length;
    const source = qda.project.textSources[0];
    const utf16 = { ...qda, project: { ...qda.project, textSources: [{ ...source, selections: source.selections.map((s) => ({ ...s, start: cpToU16(s.start), end: cpToU16(s.end) })) }] } };
    const view = buildImportView(unzipProject(writeQdpx(utf16)));
    expect(view.sources[0].codings.map((c) => c.text)).toContain("café open at 5 a.m. 𠀋 no joke");
    expect(view.sources[0].codings.map((c) => c.text)).toContain("broken van 😩, so I called 田中さん");
    expect(view.warnings.join("\n")).toMatch(/UTF-16 code units/);
  });

  it("accepts what real exporters write: Project.qde, Sources/, paths without internal://, an old namespace, CRLF lines", () => {
    const text = "A: hello there\r\nB: general kenobi\r\n";
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:0:10" name="old">
  <Users><User guid="{11111111-1111-1111-1111-111111111111}" name="Ann"/></Users>
  <CodeBook><Codes><Code guid="22222222-2222-2222-2222-222222222222" name="Greeting &#x1F44B; &amp;#233;" isCodable="true" color="#f00"/></Codes></CodeBook>
  <Sources><TextSource guid="33333333-3333-3333-3333-333333333333" name="t" plainTextPath="33333333-3333-3333-3333-333333333333.txt">
    <PlainTextSelection guid="44444444-4444-4444-4444-444444444444" startPosition="18" endPosition="25" creatingUser="11111111-1111-1111-1111-111111111111">
      <Coding guid="55555555-5555-5555-5555-555555555555" creatingUser="11111111-1111-1111-1111-111111111111"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
    </PlainTextSelection>
  </TextSource></Sources>
</Project>`;
    const bytes = zipSync({ "Project.qde": strToU8(xml), "Sources/33333333-3333-3333-3333-333333333333.txt": strToU8(text) });
    const view = buildImportView(unzipProject(bytes));
    // Numeric character references are decoded (some tools write emoji so); an escaped one stays text.
    expect(view.codes[0]).toMatchObject({ name: "Greeting 👋 &#233;", color: "#ff0000" });
    expect(view.sources[0].codings).toEqual([expect.objectContaining({ userName: "Ann", text: "general", from: { utterance: 1, offset: 0 } })]);
    expect(view.warnings.join("\n")).toMatch(/Project\.qde/);
  });

  it("reads a .qdc in the old codebook namespaces", () => {
    for (const ns of ["urn:QDA-XML:codebook:0:4", "urn:QDA-XML:codebook:1:0"]) {
      const qdc = `<?xml version="1.0"?><CodeBook xmlns="${ns}"><Codes><Code guid="22222222-2222-2222-2222-222222222222" name="Parent" isCodable="false"><Code guid="22222222-2222-2222-2222-222222222223" name="Child" isCodable="true"/></Code></Codes></CodeBook>`;
      expect(readCodebook(strToU8(qdc)).codes).toEqual([expect.objectContaining({ name: "Parent", children: [expect.objectContaining({ name: "Child" })] })]);
    }
  });
});

describe("QDA-XML hostile input", () => {
  it("refuses a zip bomb by what it decompresses to, not what its header claims", () => {
    const bomb = zipSync({ "project.qde": new Uint8Array(8_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(LIMITS.maxArchiveBytes);
    expect(() => readQdpx(bomb, { limits: LIMITS })).toThrow(/decompresses to more than 1000000 bytes.*zip bomb/);
    // A header that understates the size changes nothing: the count is of bytes actually inflated.
    const lying = bomb.slice();
    lyingSizes(lying, 100);
    expect(() => readQdpx(lying, { limits: LIMITS })).toThrow(/zip bomb|damaged/);
    expect(() => readQdpx(new Uint8Array(LIMITS.maxArchiveBytes + 1).fill(0x50), { limits: LIMITS })).toThrow(/QDPX_MAX_ARCHIVE_BYTES/);
  });

  it("refuses entries whose path escapes the archive, and source paths that leave sources/", () => {
    const { bytes } = exportSample();
    const ok = readQdpx(bytes, { limits: LIMITS });
    expect(ok.project.textSources).toHaveLength(1);
    for (const name of ["../evil.txt", "/etc/passwd", "sources/../../x", "C:\\Windows\\x"]) {
      const zip = zipSync({ "project.qde": strToU8(buildProjectXml(ok.project)), [name]: strToU8("x") });
      expect(() => readQdpx(zip, { limits: LIMITS })).toThrow(new RegExp(`entry “${name.replace(/[\\.]/g, "\\$&")}”.*leaves the archive`));
    }
    const sneaky = buildProjectXml({ ...ok.project, textSources: [{ ...ok.project.textSources[0], plainTextPath: "internal://../../etc/passwd" }] });
    expect(() => readQdpx(zipSync({ "project.qde": strToU8(sneaky) }), { limits: LIMITS })).toThrow(/leaves the sources folder/);
  });

  it("never expands entities: a DTD is refused with its line", () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Project name="&x;"/>`;
    expect(() => readQdpx(strToU8(xxe), { fileName: "evil.qde" })).toThrow(/evil\.qde line 2: has a DOCTYPE/);
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><CodeBook><Codes/></CodeBook>`;
    expect(() => readCodebook(strToU8(laughs))).toThrow(/DOCTYPE/);
  });

  it("names what is wrong and where: malformed XML, a bad position, a missing code reference", () => {
    expect(() => readQdpx(strToU8(`<?xml version="1.0"?>\n<Project name="x">\n  <Users>\n</Project>`), { fileName: "p.qde" })).toThrow(/p\.qde line \d+, column \d+: is not well-formed XML/);
    const bad = `<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>\n<TextSource guid="33333333-3333-3333-3333-333333333333"><PlainTextContent>hi</PlainTextContent>\n<PlainTextSelection guid="44444444-4444-4444-4444-444444444444" startPosition="one" endPosition="2"/></TextSource></Sources></Project>`;
    expect(() => readQdpx(strToU8(bad), { fileName: "p.qde" })).toThrow(/p\.qde line 3 <PlainTextSelection guid="44444444-4444-4444-4444-444444444444">: startPosition="one" is not a whole number/);
    expect(() => readQdpx(strToU8("PK\u0003\u0004 not really"), { limits: LIMITS })).toThrow(/damaged|no project\.qde/);
    expect(() => readCodebook(strToU8("<Nope/>"), { fileName: "c.qdc" })).toThrow(/c\.qdc: has no <CodeBook> root element \(found Nope\)/);
  });
});

/** Rewrites every size field of a zip's local and central headers to `size`. */
function lyingSizes(zip: Uint8Array, size: number) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 4 < zip.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
}
