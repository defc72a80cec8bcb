// `npm start`: builds the app on first run (or when sources are newer than the
// build), then serves Next and the sync server from one process.
import { spawnSync } from "node:child_process";
import { ensureBuild } from "./ensure-build.mjs";

ensureBuild();
const result = spawnSync(process.execPath, ["--import", "tsx", "server/main.ts"], { stdio: "inherit" });
process.exit(result.status ?? 1);
