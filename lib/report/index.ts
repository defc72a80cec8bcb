export type * from "./types";
export { buildReport } from "./build-report";
export { toMarkdown } from "./to-markdown";
export { toCsv, csvField, CSV_COLUMNS } from "./to-csv";
export { toJson } from "./to-json";
export { formatTime } from "./format-time";
export { landisKoch, readCoefficient } from "./read-coefficient";
export { ALIGNED_WITHIN } from "./compute-self-assessment-gap";
