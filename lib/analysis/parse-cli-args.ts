export interface CliArgs {
  file?: string;
  json: boolean;
  interviewer: string[];
  customer: string[];
  buddy: string[];
  errors: string[];
}

/** `FILE [--interviewer NAME ...] [--customer NAME ...] [--buddy NAME ...] [--json]`; names also as --flag=NAME. */
export function parseCliArgs(args: string[]): CliArgs {
  const out: CliArgs = { json: false, interviewer: [], customer: [], buddy: [], errors: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const m = a.match(/^--(interviewer|customer|buddy)(?:=(.*))?$/);
    if (a === "--json") out.json = true;
    else if (m) {
      const value = m[2] ?? args[++i];
      if (value === undefined || value.startsWith("--")) out.errors.push(`${a} needs a speaker name`);
      else out[m[1] as "interviewer" | "customer" | "buddy"].push(value);
    } else if (a.startsWith("--")) out.errors.push(`unknown option ${a}`);
    else if (out.file === undefined) out.file = a;
    else out.errors.push(`unexpected argument ${a}`);
  }
  return out;
}
