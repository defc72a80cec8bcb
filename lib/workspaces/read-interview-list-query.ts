import { z } from "zod";
import { INTERVIEW_STATES } from "../interviews/decide-interview-state";

export const INTERVIEW_SORTS = ["newest", "oldest", "title", "state"] as const;

/** The interviews page's URL search params (?sort=title&state=live&q=acme); anything unknown falls back to the defaults. */
export const interviewListQuerySchema = z.object({
  sort: z.enum(INTERVIEW_SORTS).catch("newest"),
  state: z.enum(["all", ...INTERVIEW_STATES]).catch("all"),
  q: z.string().trim().max(200).catch(""),
});
export type InterviewListQuery = z.infer<typeof interviewListQuerySchema>;

export function readInterviewListQuery(params: Record<string, string | string[] | undefined>): InterviewListQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return interviewListQuerySchema.parse({ sort: first(params.sort), state: first(params.state), q: first(params.q) ?? "" });
}
