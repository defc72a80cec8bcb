import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { removeStaleUploads } from "./remove-stale-uploads";

describe("leftovers of interrupted uploads", () => {
  let dir = "";
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("are removed once a day old; uploads in progress and finished recordings stay", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "secondear-media-"));
    const old = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    for (const name of [".aa11.part", ".bb22.part", "int1-aa11.mp3", "notes.part"]) await writeFile(path.join(dir, name), "x");
    for (const name of [".aa11.part", "int1-aa11.mp3", "notes.part"]) await utimes(path.join(dir, name), old, old);

    expect(await removeStaleUploads({ mediaDir: dir })).toEqual([".aa11.part"]);
    expect((await readdir(dir)).sort()).toEqual([".bb22.part", "int1-aa11.mp3", "notes.part"]);
  });

  it("does nothing when no recording was ever uploaded", async () => {
    dir = path.join(os.tmpdir(), `secondear-missing-${Date.now()}`);
    expect(await removeStaleUploads({ mediaDir: dir })).toEqual([]);
  });
});
