import { parseArgs } from "node:util";

export interface BenchOptions {
  rooms: number[];
  seconds: number;
  warmupSeconds: number;
  /** Seconds to wait after the last client leaves before measuring the heap again. */
  afterSeconds: number;
  postgres: boolean;
  stock: boolean;
  workers: number;
  cps: number;
  tagEverySeconds: number;
  coldRuns: number;
  /** Alternating ours/stock runs per room count; the ratio goal is judged on their median. */
  repeat: number;
  /** SYNC_JOURNAL_FSYNC policies our server runs with; the first is the one the tables and goals judge. */
  fsync: ("off" | "interval" | "always")[];
  /** A CPU-bound process (`yes > /dev/null`, nice 0) runs beside the servers during the load runs. */
  cpuLoad: boolean;
}

const USAGE = `npm run bench:sync -- [--rooms 10,500] [--seconds 30] [--quick] [--postgres] [--no-stock]
  [--workers 2] [--cps 3] [--warmup 5] [--cold-runs 5] [--repeat 1] [--fsync interval,always] [--cpu-load]
  --quick      wait 10 s instead of 60 s after the last client leaves (dry runs)
  --postgres   our server on a fresh PostgreSQL database (DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres)
  --no-stock   skip the stock @y/websocket-server run
  --repeat N   run ours and stock N times, alternating, per room count (p99 varies from run to run
               on a shared machine; the ratio goal is then judged on the median of the N ratios)
  --fsync P,Q  our server's SYNC_JOURNAL_FSYNC policies (off, interval, always), each run in turn; the first is judged
  --cpu-load   a CPU-bound \`yes > /dev/null\` (nice 0) beside both servers during the load runs`;

export function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      rooms: { type: "string", default: "10,500" },
      seconds: { type: "string", default: "30" },
      warmup: { type: "string", default: "5" },
      quick: { type: "boolean", default: false },
      postgres: { type: "boolean", default: false },
      "no-stock": { type: "boolean", default: false },
      workers: { type: "string", default: "2" },
      cps: { type: "string", default: "3" },
      "cold-runs": { type: "string", default: "5" },
      repeat: { type: "string", default: "1" },
      fsync: { type: "string", default: "interval" },
      "cpu-load": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const positive = (name: string, raw: string) => {
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got "${raw}"\n${USAGE}`);
    return value;
  };
  return {
    rooms: values.rooms.split(",").map((r) => Math.round(positive("rooms", r))),
    seconds: positive("seconds", values.seconds),
    warmupSeconds: positive("warmup", values.warmup),
    afterSeconds: values.quick ? 10 : 60,
    postgres: values.postgres,
    stock: !values["no-stock"],
    workers: Math.round(positive("workers", values.workers)),
    cps: positive("cps", values.cps),
    tagEverySeconds: 10,
    coldRuns: Math.round(positive("cold-runs", values["cold-runs"])),
    repeat: Math.round(positive("repeat", values.repeat)),
    fsync: values.fsync.split(",").map((policy) => {
      if (policy !== "off" && policy !== "interval" && policy !== "always") throw new Error(`--fsync takes off, interval or always, got "${policy}"\n${USAGE}`);
      return policy;
    }),
    cpuLoad: values["cpu-load"],
  };
}
