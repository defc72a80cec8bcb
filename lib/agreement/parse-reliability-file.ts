import { z } from "zod";
import type { Level, ReliabilityData } from "./types";

export interface ReliabilityFile {
  level: Level;
  data: ReliabilityData;
}

const cell = z.union([z.string(), z.number(), z.null()], {
  error: (issue) => `expected a number, a string or null, got ${JSON.stringify(issue.input) ?? typeof issue.input}`,
});

const schema = z
  .object({
    level: z.enum(["nominal", "ordinal", "interval", "ratio"]),
    data: z.array(z.array(cell)).min(1, "needs at least one coder row"),
  })
  .superRefine((file, ctx) => {
    const width = file.data[0]?.length ?? 0;
    file.data.forEach((row, c) => {
      if (row.length !== width) {
        ctx.addIssue({
          code: "custom",
          path: ["data", c],
          message: `coder ${c + 1} has ${row.length} values but coder 1 has ${width}; every row needs one value (or null) per unit`,
        });
      }
      if (file.level === "nominal") return;
      row.forEach((v, u) => {
        if (v !== null && typeof v !== "number") {
          ctx.addIssue({ code: "custom", path: ["data", c, u], message: `level "${file.level}" needs numbers or null, got ${JSON.stringify(v)}` });
        } else if (file.level === "ratio" && typeof v === "number" && v < 0) {
          ctx.addIssue({ code: "custom", path: ["data", c, u], message: `level "ratio" needs non-negative numbers, got ${v}` });
        }
      });
    });
  });

export type ParseResult = { ok: true; file: ReliabilityFile } | { ok: false; errors: string[] };

/** Validates parsed JSON; every problem comes back as "where: what" so a user can fix the file. */
export function parseReliabilityFile(json: unknown): ParseResult {
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, file: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`) };
}

// ["data", 1, 3] -> "data[1][3]" (zero-based, as in the JSON file itself).
function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return "(file)";
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");
}
