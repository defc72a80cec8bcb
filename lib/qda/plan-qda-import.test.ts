import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { DEFAULT_CODEBOOK, listCodes } from "../codebook";
import { getStepColor } from "../codebook/step-colors";
import { buildImportView } from "./build-import-view";
import { planQdaImport } from "./plan-qda-import";
import { readQdpx } from "./read-qda-file";

const U = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, "0")}`;
const coding = (sel: number, start: number, end: number, user: number, code: number) =>
  `<PlainTextSelection guid="${U(sel)}" startPosition="${start}" endPosition="${end}" creatingUser="${U(user)}"><Coding guid="${U(sel + 500)}" creatingUser="${U(user)}"><CodeRef targetGUID="${U(code)}"/></Coding></PlainTextSelection>`;

// Two sources, three coders (one known by email, two sharing a name with one member), codes the workspace lacks.
const XML = `<?xml version="1.0"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Study">
  <Users><User guid="${U(1)}" name="J. Smith" id="jo@x.test"/><User guid="${U(2)}" name="Bo"/><User guid="${U(3)}" name="bo"/><User guid="${U(4)}" name="Cy"/></Users>
  <CodeBook><Codes>
    <Code guid="${U(10)}" name="Listen with empathy" isCodable="false"><Code guid="${U(11)}" name="PARAPHRASE" isCodable="true"/><Code guid="${U(12)}" name="Rapport" isCodable="true" color="#123456"/></Code>
    <Code guid="${U(13)}" name="Loose ends" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="${U(20)}" name="First"><PlainTextContent>Q: So you mean it broke?
A: Yes it broke twice.</PlainTextContent>${coding(30, 3, 23, 1, 11)}${coding(31, 28, 37, 2, 12)}${coding(32, 28, 31, 3, 13)}${coding(33, 28, 31, 4, 11)}</TextSource>
    <TextSource guid="${U(21)}" name="Second"><PlainTextContent>A: nothing here</PlainTextContent>${coding(34, 3, 10, 4, 11)}</TextSource>
  </Sources>
</Project>`;

const view = buildImportView(readQdpx(strToU8(XML), { fileName: "study.qde" }));
const codes = listCodes(DEFAULT_CODEBOOK).map((c) => ({ key: c.key, label: c.label, step: c.step, polarity: c.polarity, color: getStepColor(c.step), hotkey: null, description: "", archived: false }));
const steps = DEFAULT_CODEBOOK.steps.map((s) => ({ id: s.id, title: s.title, color: getStepColor(s.id) }));
const members = [{ userId: "memberjo0001", name: "Jo", email: "jo@x.test" }, { userId: "memberbo0001", name: "Bo", email: "bo@x.test" }];

describe("planQdaImport", () => {
  it("matches codes by name, coders by email or name, seats the first two and merges one member's two identities", () => {
    const plan = planQdaImport({ view, codes, members, steps, addMissingCodes: false });
    expect(plan.source.name).toBe("First");
    expect(plan.warnings).toContainEqual(expect.stringMatching(/2 text sources; importing “First”/));
    expect(plan.matchedCodes).toEqual([{ name: "PARAPHRASE", key: "paraphrase" }]);
    expect(plan.unmatchedCodes).toEqual(["Rapport", "Loose ends"]);
    expect(plan.warnings).toContainEqual(expect.stringMatching(/2 coding\(s\) use codes the codebook does not have \(Rapport, Loose ends\)/));
    expect(plan.people.map((p) => [p.name, p.memberId, p.role, p.codings.map((c) => c.text)])).toEqual([
      ["Jo", "memberjo0001", "interviewer", ["So you mean it broke"]],
      ["Bo", "memberbo0001", "buddy", []],
      ["Cy", null, "observer", ["Yes"]],
    ]);
    expect(plan.warnings).toContainEqual(expect.stringMatching(/coders “Bo” and “bo” are both Bo here; their codings are merged/));
  });

  it("adds the missing codes under the practice their folder is named after, and imports the chosen source", () => {
    const plan = planQdaImport({ view, codes, members: [], steps, addMissingCodes: true });
    expect(plan.newCodes).toEqual([
      { key: "rapport", label: "Rapport", step: 2, polarity: "+", color: "#123456", description: "" },
      { key: "loose-ends", label: "Loose ends", step: 4, polarity: "+", color: getStepColor(4), description: "" },
    ]);
    expect(plan.people.map((p) => [p.name, p.memberId, p.codings.length])).toEqual([["J. Smith", null, 1], ["Bo", null, 1], ["bo", null, 1], ["Cy", null, 1]]);
    const second = planQdaImport({ view, codes, members: [], steps, addMissingCodes: false, sourceGuid: `{${U(21).toLowerCase()}}` });
    expect(second.source.utterances.map((u) => [u.speaker, u.text])).toEqual([["A", "nothing here"]]);
    expect(second.people[0].codings[0].text).toBe("nothing");
    expect(() => planQdaImport({ view, codes, members: [], steps, addMissingCodes: false, sourceGuid: U(99) })).toThrow(/no text source/);
  });
});
