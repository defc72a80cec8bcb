import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = new URL("../../bin/secondear.mjs", import.meta.url).pathname;
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8" });

const dir = mkdtempSync(join(tmpdir(), "secondear-analysis-"));
const json = join(dir, "t.json");
writeFileSync(json, JSON.stringify({
  utterances: [
    { speaker: "Ana", startMs: 0, endMs: 4000, text: "Tell me about the last time you did the report." },
    { speaker: "Ben", startMs: 4500, endMs: 20000, text: "Last month I exported it to Excel and cleaned it by hand." },
    { speaker: "Ana", startMs: 22500, endMs: 25000, text: "Wouldn't it be easier if it synced? How often do you do it?" },
    { speaker: "Ben", startMs: 25500, endMs: 30000, text: "Every week." },
  ],
}));

describe("secondear analyze", () => {
  it("prints the analysis as JSON and warns about guessed roles on stderr", () => {
    const r = run(["analyze", json, "--json"]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.questions.items.map((q: { kind: string }) => q.kind)).toEqual(["open", "leading", "closed"]);
    expect(out.patience.heldSilences).toHaveLength(1);
    expect(out.warnings.join("\n")).toMatch(/guessed interviewer: Ana/);
    expect(r.stderr).toMatch(/warning: guessed interviewer: Ana/);
  });

  it("reports each reflection in cues with its subtype and utterance", () => {
    const file = join(dir, "reflect.json");
    writeFileSync(file, JSON.stringify({
      utterances: [
        { speaker: "Ana", role: "interviewer", startMs: 0, endMs: 3000, text: "How did the handover go?" },
        { speaker: "Ben", role: "customer", startMs: 3500, endMs: 15000, text: "I'm worried the new plan won't hold up when half my drivers are out sick." },
        { speaker: "Ana", role: "interviewer", startMs: 15500, endMs: 19000, text: "You're worried the new plan won't hold up when the drivers are out." },
      ],
    }));
    const out = JSON.parse(run(["analyze", file, "--json"]).stdout);
    expect(out.cues).toEqual([expect.objectContaining({
      kind: "reflection", subtype: expect.stringMatching(/^(simple|complex)$/), rule: expect.stringMatching(/^learned\.reflection\./),
      location: expect.objectContaining({ utteranceIndex: 2, charStart: 0, charEnd: 67 }),
    })]);
  });

  it("uses the roles given on the command line", () => {
    const r = run(["analyze", json, "--interviewer", "Ben", "--customer", "Ana", "--json"]);
    const out = JSON.parse(r.stdout);
    expect(out.speakers.find((s: { speaker: string }) => s.speaker === "Ben").role).toBe("interviewer");
    expect(out.warnings.join("\n")).not.toMatch(/guessed/);
  });

  it("fails with a message for a missing file and a usage error for bad options", () => {
    const missing = run(["analyze", join(dir, "nope.vtt"), "--json"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read/);
    expect(run(["analyze", "--bogus"]).status).toBe(2);
  });
});

describe("secondear questions", () => {
  it("reads one utterance per line and prints text, kind and reason", () => {
    const r = run(["questions", "--json"], "Okay. How do you plan the week?\nDo you use Excel?\n\nThanks.\n");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual({
      text: "Okay. How do you plan the week?",
      questions: [{ text: "How do you plan the week?", kind: "open", rule: "learned.open", reason: expect.stringMatching(/^coded open as the expert coders would/) }],
    });
    expect(out[1].questions[0].kind).toBe("closed");
    expect(out[2].questions).toEqual([]);
  });
});
