import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { buildReport } from "../report/build-report";
import { renderReportExport } from "../report/render-report-export";
import type { ReportTag } from "../report/types";
import { buildImportView } from "./build-import-view";
import { run as runQdpx } from "./cli";
import { run as runExport } from "./export-cli";
import { interviewToQda } from "./interview-to-qda";
import { readQdpx } from "./read-qda-file";
import { sampleExportInput, SAMPLE_UTTERANCES } from "./sample-export-input";
import { writeQdpx } from "./write-qdpx";

function capture() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
}

describe("secondear qdpx / export-qdpx", () => {
  it("prints what an import would see, and names the problem in a file it cannot read", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "qdpx-cli-"));
    const file = path.join(dir, "sample.qdpx");
    await writeFile(file, writeQdpx(interviewToQda(sampleExportInput())));
    const { out, io } = capture();
    expect(await runQdpx([file, "--json"], io)).toBe(0);
    const printed = JSON.parse(out.stdout);
    expect(printed.users.map((u: { name: string }) => u.name)).toEqual(["Zoë Müller", "Bo <Buddy> & Co"]);
    expect(printed.codes[1]).toMatchObject({ name: "Open question", parentGuid: printed.codes[0].guid, color: "#1c7ed6" });
    expect(printed.sources[0].codings[2]).toMatchObject({ userName: "Zoë Müller", codeName: "Insight", text: "broken van 😩, so I called 田中さん" });
    // Positions count code points: the 🚚 before it is one, not two.
    const text = SAMPLE_UTTERANCES.map((u) => `${u.speaker}: ${u.text}`).join("\n");
    expect(printed.sources[0].codings[2].start).toBe([...text.slice(0, text.indexOf("broken van"))].length);

    const broken = path.join(dir, "broken.qde");
    await writeFile(broken, '<Project name="x">\n<Users>\n</Project>');
    const bad = capture();
    expect(await runQdpx([broken], bad.io)).toBe(1);
    expect(bad.out.stderr).toMatch(/broken\.qde: broken\.qde line 3, column \d+: is not well-formed XML/);
  });

  it("export-qdpx writes a .qdpx from the report's JSON export", async () => {
    const sample = sampleExportInput();
    const asReportTags = (i: number): ReportTag[] => sample.people[i].tags.map((t) => ({ id: t.id, code: t.code, step: 1, polarity: "+", anchor: t.anchor, ...(t.note ? { note: t.note } : {}) }));
    const utterances = SAMPLE_UTTERANCES.map((u, i) => ({ ...u, role: i % 2 ? ("customer" as const) : ("interviewer" as const) }));
    const report = buildReport({
      interview: { id: "interview0001", title: "Route planning" },
      interviewer: { name: "Zoë Müller" },
      buddy: { name: "Bo" },
      utterances,
      interviewerTags: asReportTags(0),
      buddyTags: asReportTags(1),
    });
    const dir = await mkdtemp(path.join(tmpdir(), "qdpx-cli-"));
    const json = path.join(dir, "report.json");
    await writeFile(json, renderReportExport(report, "json", null, utterances).body);
    const { out, io } = capture();
    expect(await runExport([json, path.join(dir, "out.qdpx")], io)).toBe(0);
    expect(out.stdout).toMatch(/2 user\(s\), 6 coded passage/);
    const view = buildImportView(readQdpx(await readFile(path.join(dir, "out.qdpx"))));
    expect(view.sources[0].codings.map((c) => [c.userName, c.text])).toContainEqual(["Bo", "café open at 5 a.m. 𠀋 no joke"]);
    // The live tag lands on the utterance it was placed on.
    expect(view.sources[0].codings.map((c) => c.text)).toContain(SAMPLE_UTTERANCES[3].text);
    await writeFile(json, "{}");
    const bad = capture();
    expect(await runExport([json, path.join(dir, "x.qdpx")], bad.io)).toBe(1);
    expect(bad.out.stderr).toMatch(/not a SecondEar report JSON export/);
  });

  it("is registered in the secondear command", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "qdpx-cli-"));
    const file = path.join(dir, "sample.qdpx");
    await writeFile(file, writeQdpx(interviewToQda(sampleExportInput())));
    const { stdout } = await promisify(execFile)("node", [path.resolve("bin/secondear.mjs"), "qdpx", file]);
    expect(stdout).toMatch(/^2 user\(s\), 19 code\(s\), 1 text source\(s\), 2 note\(s\)/);
  }, 60_000);
});
