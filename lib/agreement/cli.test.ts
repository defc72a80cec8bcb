import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { KRIPPENDORFF_4X12 } from "./reference-data";

const exec = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const example = fileURLToPath(new URL("./testdata/krippendorff-4x12.json", import.meta.url));

async function secondear(...args: string[]) {
  try {
    const { stdout, stderr } = await exec("node", ["bin/secondear.mjs", "agreement", ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
async function file(name: string, content: unknown) {
  const path = join(dir, name);
  await writeFile(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "secondear-agreement-"));
});

describe("secondear agreement", () => {
  it("prints the statistics of Krippendorff's worked example as JSON", async () => {
    const { code, stdout } = await secondear(example, "--json");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ units: 12, coders: 4 });
    expect(out.krippendorffAlpha).toBeCloseTo(0.743, 3); // Krippendorff (2011), 4 × 12 example
    expect(out.gwetAC1).toBeCloseTo(0.77544, 4); // irrCAC README, gwet.ac1.raw(cac.raw4raters)
    expect(out.percentAgreement).toBeCloseTo(9 / 11, 6);
    expect(out).not.toHaveProperty("cohensKappa"); // four coders
    expect(out.warnings.join(" ")).toMatch(/only 11 units/);
  });

  it("adds Cohen's kappa for exactly two coders and explains undefined values", async () => {
    const two = await file("two.json", { level: "nominal", data: [["a", "a", "b"], ["a", "a", "b"]] });
    expect(JSON.parse((await secondear(two, "--json")).stdout)).toMatchObject({ cohensKappa: 1, krippendorffAlpha: 1 });
    const flat = await file("flat.json", { level: "nominal", data: [["a", "a"], ["a", "a"]] });
    const out = JSON.parse((await secondear(flat, "--json")).stdout);
    expect(out.cohensKappa).toBeNull();
    expect(out.warnings.some((w: string) => w.startsWith("cohensKappa not defined:"))).toBe(true);
  });

  // Ordinal alpha of Krippendorff's 4 × 12 example: 0.815 (asserted by the `krippendorff` Python package's tests).
  it("uses the level from the file", async () => {
    const ordinal = await file("ordinal.json", { level: "ordinal", data: KRIPPENDORFF_4X12 });
    expect(JSON.parse((await secondear(ordinal, "--json")).stdout).krippendorffAlpha).toBeCloseTo(0.815, 3);
  });

  it("prints a readable summary without --json", async () => {
    const { code, stdout } = await secondear(example);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Krippendorff's alpha: 0\.743/);
  });

  it("rejects a malformed file with exit 1 and says what and where", async () => {
    const bad = await file("bad.json", { level: "interval", data: [[1, 2, "x"], [1, 2]] });
    const { code, stderr } = await secondear(bad, "--json");
    expect(code).toBe(1);
    expect(stderr).toContain("data[0][2]: level \"interval\" needs numbers or null");
    expect(stderr).toContain("data[1]: coder 2 has 2 values but coder 1 has 3");
  });

  it("names the offending value", async () => {
    const { code, stderr } = await secondear(await file("bool.json", { level: "nominal", data: [[1, true], [1, 2]] }));
    expect(code).toBe(1);
    expect(stderr).toContain("data[0][1]: expected a number, a string or null, got true");
  });

  it("rejects an unknown level, invalid JSON and a missing file with exit 1", async () => {
    const level = await secondear(await file("level.json", { level: "fuzzy", data: [[1]] }));
    expect(level.code).toBe(1);
    expect(level.stderr).toMatch(/level: /);
    const json = await secondear(await file("broken.json", "{ level: "));
    expect(json.code).toBe(1);
    expect(json.stderr).toMatch(/not valid JSON/);
    const missing = await secondear(join(dir, "nope.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read file \(ENOENT\)/);
  });

  it("prints usage with exit 2 when FILE is missing", async () => {
    const { code, stderr } = await secondear("--json");
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: secondear agreement FILE/);
  });
});
