// The `secondear parse` command, run as a user runs it: a child process.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { samplesDir } from "./test-helpers";

const root = fileURLToPath(new URL("../../", import.meta.url));
const wpt = fileURLToPath(new URL("./testdata/webvtt-wpt/", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "secondear-cli-"));

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("node", ["bin/secondear.mjs", "parse", ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe("secondear parse", () => {
  it("--json prints format, speakers, utterances and warnings", async () => {
    const { code, stdout, stderr } = await cli(samplesDir + "zoom.vtt", "--json");
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ format: "zoom", speakers: ["Ana Ruiz", "Sam Lee"], warnings: [] });
    expect(out.utterances[1]).toEqual({ speaker: "Sam Lee", startMs: 8000, endMs: 19000, text: expect.stringMatching(/^Sure\. .* for a week\.$/) });
  });

  it("--format overrides detection", async () => {
    const out = JSON.parse((await cli(samplesDir + "zoom.vtt", "--format", "vtt", "--json")).stdout);
    expect(out.format).toBe("vtt");
    expect(out.utterances[0].text).toBe("Ana Ruiz: Thanks for making the time today.");
  });

  it("--cues prints raw cues with the WebVTT attribute names, in order", async () => {
    const { code, stdout } = await cli(wpt + "settings-align.vtt", "--cues");
    expect(code).toBe(0);
    const { cues } = JSON.parse(stdout);
    expect(Object.keys(cues[0])).toEqual(["id", "startMs", "endMs", "text", "vertical", "line", "snapToLines", "lineAlign", "position", "positionAlign", "size", "align", "region"]);
    expect(cues.map((c: { align: string }) => c.align).slice(0, 6)).toEqual(["center", "start", "center", "end", "left", "right"]);
  });

  it("--cues shows regions and settings of a WPT vector", async () => {
    const { cues } = JSON.parse((await cli(wpt + "regions-id.vtt", "--cues")).stdout);
    expect(cues.map((c: { region: { lines: number } }) => c.region.lines)).toEqual([2, 1, 3, 4]);
  });

  it("--cues on SRT gives default settings", async () => {
    const { cues } = JSON.parse((await cli(samplesDir + "broadcast.srt", "--cues")).stdout);
    expect(cues[0]).toEqual({
      id: "1", startMs: 1000, endMs: 3500, text: ">> ANA: How do you track expenses today?", vertical: "", line: "auto",
      snapToLines: true, lineAlign: "start", position: "auto", positionAlign: "auto", size: 100, align: "center", region: null,
    });
  });

  it("bad input: exit 1, the error on stderr, nothing on stdout", async () => {
    const empty = join(tmp, "empty.vtt");
    writeFileSync(empty, "");
    const prose = join(tmp, "notes.txt");
    writeFileSync(prose, "Some meeting notes.\nNothing else.\n");
    const [a, b, c, d] = await Promise.all([
      cli(empty, "--json"),
      cli(prose, "--json"),
      cli(join(tmp, "missing.vtt")),
      cli(samplesDir + "zoom.vtt", "--format", "docx"),
    ]);
    expect(a).toEqual({ code: 1, stdout: "", stderr: `error: ${empty}: line 1: the file is empty (empty)\n` });
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/line 1: not a recognised transcript.*\(not-transcript\)/);
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/cannot read .*missing\.vtt/);
    expect(d.code).toBe(1);
    expect(d.stderr).toMatch(/unknown format "docx"/);
  });
});
