import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report";
import { input } from "./testdata/small-interview";
import { csvField, toCsv } from "./to-csv";
import { toJson } from "./to-json";
import { toMarkdown } from "./to-markdown";

const report = buildReport(input);

// Read back with a real CSV parser, to check the CSV round-trips rather than eyeballing strings.
function parseCsv(text: string): string[][] {
  return parse(text, { relaxColumnCount: false }) as string[][];
}

describe("toCsv", () => {
  const rows = parseCsv(toCsv(report));

  it("has a header and one row per tag, CRLF-terminated", () => {
    expect(rows[0]).toEqual(["who", "name", "code", "label", "step", "polarity", "utterance", "time", "time_ms", "speaker", "quote", "note"]);
    expect(rows).toHaveLength(11);
    expect(toCsv(report).endsWith("\r\n")).toBe(true);
  });

  it("quotes commas, quotes and newlines so they survive a round trip", () => {
    const insight = rows.find((r) => r[2] === "insight")!;
    expect(insight).toEqual(["buddy", "Bo", "insight", "Insight", "4", "+", "u8", "1:26", "86000", "Sam",
      "Exactly, it costs me an hour every day.", 'She said "an hour, every day"\nreal pain']);
  });

  it("defuses spreadsheet formulas in free text but keeps polarity exact", () => {
    const defending = rows.find((r) => r[2] === "defending")!;
    expect(defending[5]).toBe("-");
    expect(defending[10]).toBe("import addresses from a CSV");
    expect(defending[11]).toBe("'=not a formula");
  });

  it("quotes per RFC 4180", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("line\r\nbreak")).toBe('"line\r\nbreak"');
    expect(csvField("+1", true)).toBe("'+1");
  });
});

describe("toMarkdown", () => {
  const md = toMarkdown(report);

  it("has every section in page order", () => {
    const order = ["# Bias-contrast report: Route planning, Sam", "**Next focus:", "## Per step", "## Agreement", "## Blind spots", "## Disagreements", "## Self-assessment gap"];
    const positions = order.map((h) => md.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("links blind spots to the moment and shows who said it", () => {
    expect(md).toContain("- [1:04](/interviews/int-1/room?t=64000&u=u5) Hot tip (-, step 2) — Alex: “You know you can import addresses from a CSV, right?”");
    expect(md).toContain("blind (independent) tagging");
    expect(md).toContain("| 3. Speak as little as possible | 1 / 0 | 0 / 0 | Interviewer talk share: 18% |");
  });

  it("lists agreement per code after the steps", () => {
    expect(md.indexOf("### Per code")).toBeGreaterThan(md.indexOf("### Step 1"));
    expect(md).toContain("| Paraphrase | 2 | 1 | 1 | 1.000 |");
  });

  it("keeps multi-line notes inside one list item", () => {
    const line = md.split("\n").find((l) => l.includes("Insight (+"))!;
    expect(line).toContain('note: She said "an hour, every day" real pain');
  });
});

describe("toJson", () => {
  it("serialises the whole model with a format marker", () => {
    const parsed = JSON.parse(toJson(report));
    expect(parsed.format).toBe("secondear-report/1");
    expect(parsed.nextFocus.step).toBe(2);
    expect(parsed.tags).toHaveLength(10);
    expect(JSON.stringify(parsed)).not.toContain("NaN");
  });
});

describe("export file names", () => {
  it("keep accented letters as their plain letters instead of splitting words", async () => {
    const { renderReportExport } = await import("./render-report-export");
    const named = (title: string) => renderReportExport({ ...report, header: { ...report.header, title } }, "md", null).fileName;
    expect(named("Été à Québec: pricing")).toBe("secondear-report-ete-a-quebec-pricing.md");
    expect(named("???")).toBe("secondear-report-interview.md");
  });
});
