// npm run bench:qdpx — REFI-QDA export and import of a 2-hour interview with 2 × 300 tags
// (issue 16 goal: ≤ 1 s each). Deterministic data (seeded PRNG) with accents, emoji and CJK, so
// code-point positions are exercised; the import is timed both in memory and into PGlite.
import { withCharOffsets } from "../lib/agreement";
import { DEFAULT_CODEBOOK, listCodes } from "../lib/codebook";
import { getStepColor } from "../lib/codebook/step-colors";
import { openDatabase } from "../lib/db/open-database";
import { buildImportDocuments } from "../lib/qda/build-import-documents";
import { buildImportView } from "../lib/qda/build-import-view";
import { interviewToQda, type QdaExportInput, type QdaExportTag } from "../lib/qda/interview-to-qda";
import { planQdaImport } from "../lib/qda/plan-qda-import";
import { readQdpx } from "../lib/qda/read-qda-file";
import { importQdpx } from "../lib/qda/server/import-qdpx";
import { loadImportTarget } from "../lib/qda/server/load-import-target";
import { writeQdpx } from "../lib/qda/write-qdpx";

const DURATION_MS = 2 * 60 * 60 * 1000;
const TAGS_PER_PERSON = 300;
const WORDS = ["route", "planning", "café", "naïve", "über", "spreadsheet", "van", "🚚", "stops", "田中さん", "delivery", "müde", "😩", "déjà", "vu", "driver", "map", "𠀋", "customer", "time"];

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeInput(): QdaExportInput {
  const random = rng(16);
  const raw = [];
  for (let t = 0, i = 0; t < DURATION_MS; i++) {
    const interviewer = i % 2 === 0;
    const length = interviewer ? 1500 + random() * 3500 : 3000 + random() * 9000;
    const words = Math.max(2, Math.round(length / 400));
    raw.push({ id: String(i), speaker: interviewer ? "Zoë" : "Søren", startMs: Math.round(t), endMs: Math.round(t + length), text: Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ") });
    t += length + 300 + random() * 1500;
  }
  const utterances = withCharOffsets(raw);
  const codes = listCodes(DEFAULT_CODEBOOK);
  const tags = (who: string): QdaExportTag[] => Array.from({ length: TAGS_PER_PERSON }, (_, i) => {
    const code = codes[Math.floor(random() * codes.length)].key;
    const at = random() * DURATION_MS;
    if (random() < 0.3) return { id: `${who}${i}`, code, anchor: { kind: "time", atMs: Math.round(at) }, createdAt: 1_700_000_000_000 + i };
    const u = utterances[Math.floor(random() * utterances.length)];
    const spaces = [...u.text.matchAll(/ /g)].map((m) => m.index!);
    const from = spaces.length ? spaces[Math.floor(random() * spaces.length)] + 1 : 0;
    return { id: `${who}${i}`, code, note: random() < 0.2 ? "noté ✔" : undefined, anchor: { kind: "chars", from: u.charStart + from, to: u.charEnd }, createdAt: 1_700_000_000_000 + i };
  });
  return {
    interview: { id: "benchinterview01", title: "Two hours at Acme", workspaceId: "benchworkspace01" },
    utterances,
    people: [{ userId: "benchuserzoe01", name: "Zoë", tags: tags("z") }, { userId: "benchusersoren1", name: "Søren", tags: tags("s") }],
    steps: DEFAULT_CODEBOOK.steps.map((s) => ({ id: s.id, title: s.title, color: getStepColor(s.id) })),
    codes: codes.map((c) => ({ key: c.key, label: c.label, step: c.step, color: getStepColor(c.step), description: c.description })),
    recording: { fileName: "call.m4a", mimeType: "audio/mp4", offsetMs: 0 },
    reactionLagMs: 3000,
    exportedAt: "2026-01-01T00:00:00.000Z",
  };
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time<T>(runs: number, work: () => T): { ms: number; min: number; result: T } {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  return { ms: median(times), min: Math.min(...times), result };
}

const input = makeInput();
const words = input.utterances.reduce((n, u) => n + u.text.split(" ").length, 0);
const exported = time(11, () => writeQdpx(interviewToQda(input)));
if (process.env.BENCH_QDPX_SAVE) (await import("node:fs")).writeFileSync(process.env.BENCH_QDPX_SAVE, exported.result);
console.log(`interview: ${input.utterances.length} utterances, ${words} words, 2 × ${TAGS_PER_PERSON} tags; .qdpx ${(exported.result.length / 1024).toFixed(0)} KB`);
console.log(`load average ${(await import("node:os")).loadavg()[0].toFixed(1)} on ${(await import("node:os")).cpus().length} cores (a busy machine stretches every figure)`);
console.log(`export (map + project.qde + zip): median ${exported.ms.toFixed(1)} ms of 11, fastest ${exported.min.toFixed(1)} ms (goal ≤ 1000 ms)`);

const db = await openDatabase({ pgliteDir: "memory://" });
const user = await db.prisma.user.create({ data: { email: "bench@x.test", name: "Bench", passwordHash: "x" } });
const ws = await db.prisma.workspace.create({ data: { name: "Bench", memberships: { create: [{ userId: user.id, role: "owner" }] } } });
const target = await loadImportTarget({ db: db.prisma, userId: user.id, workspaceId: ws.id });
const parsed = time(11, () => {
  const view = buildImportView(readQdpx(exported.result));
  return buildImportDocuments(planQdaImport({ view, codes: target.codes, members: target.members, steps: target.steps, addMissingCodes: false }));
});
console.log(`import in memory (unzip + parse + place + Yjs documents): median ${parsed.ms.toFixed(1)} ms of 11, fastest ${parsed.min.toFixed(1)} ms; ${parsed.result.tags.reduce((n, t) => n + t.count, 0)} tags`);
const stored: number[] = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  await importQdpx({ db: db.prisma, userId: user.id, bytes: exported.result, input: { workspaceId: ws.id } });
  stored.push(performance.now() - start);
}
console.log(`import into PGlite (the above + one transaction): median ${median(stored).toFixed(1)} ms of 5 [${stored.map((s) => s.toFixed(0)).join(", ")}] (goal ≤ 1000 ms)`);
await db.close();
