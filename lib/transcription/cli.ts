// `secondear transcribe FILE [--json]`: a WAV call recording through the
// speech-to-text service named by TRANSCRIBE_URL; prints the same utterance
// JSON as `secondear parse --json` (as a SecondEar transcript file, so it can be
// imported as it is). Progress on stderr.
import { readFile, stat } from "node:fs/promises";
import { HOW_TO_CONFIGURE, readTranscriptionSettings } from "./settings";
import { transcribeRecording } from "./transcribe-recording";

const USAGE = "usage: secondear transcribe FILE.wav [--json]   (stereo: left = interviewer, right = customer)";
/** Two hours of 48 kHz 16-bit stereo, with room. */
const MAX_WAV_BYTES = 2 * 1024 * 1024 * 1024;

export async function run(argv: string[]): Promise<number> {
  const files = argv.filter((arg) => arg !== "--json");
  if (argv.includes("-h") || argv.includes("--help")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = files.find((arg) => arg.startsWith("-"));
  if (unknown || files.length !== 1) {
    process.stderr.write(`${unknown ? `unknown option ${unknown}` : "give one FILE"}\n${USAGE}\n`);
    return 1;
  }
  let settings;
  try {
    settings = readTranscriptionSettings();
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    return 1;
  }
  if (!settings) {
    process.stderr.write(`error: ${HOW_TO_CONFIGURE}\n`);
    return 1;
  }
  const file = files[0];
  let wav: Uint8Array;
  try {
    if ((await stat(file)).size > MAX_WAV_BYTES) throw new Error("larger than 2 GB");
    wav = new Uint8Array(await readFile(file));
  } catch (error) {
    process.stderr.write(`error: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const result = await transcribeRecording({
      settings,
      wav,
      onProgress: ({ done, total, retrying }) =>
        process.stderr.write(retrying ? `piece ${retrying.piece}: ${retrying.error}; trying again (attempt ${retrying.attempt})\n` : `transcribed ${done} of ${total} pieces\n`),
    });
    const speakers = [...new Set(result.utterances.map((u) => u.speaker))];
    // SecondEar's own transcript JSON (what the import dialog and `secondear parse` read), with parse --json's fields beside it.
    const json = { format: "secondear", version: 1, speakers, utterances: result.utterances, warnings: [], timing: "exact" };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`error: ${file}: ${(error as Error).message}\n`);
    return 1;
  }
}
