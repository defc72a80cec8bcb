// The stand-in transcriber as its own process, for the end-to-end server
// (scripts/e2e-server.mjs): prints `stand-in transcriber on <url>`.
import { startStandInTranscriber } from "./stand-in-server";

const server = await startStandInTranscriber();
process.stdout.write(`stand-in transcriber on ${server.url}\n`);
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
