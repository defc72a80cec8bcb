// `npm start`: builds the app on first run (or when sources are newer than the
// build), then serves Next and the sync server from one process.
import { spawn } from "node:child_process";
import { ensureBuild } from "./ensure-build.mjs";

ensureBuild();
const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], { stdio: "inherit" });
// A supervisor's SIGTERM reaches the server, which stores pending edits and releases its journal;
// without this it would be orphaned, holding the port and the journal's lock.
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
