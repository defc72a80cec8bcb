import type { InterviewState } from "../interviews/decide-interview-state";
import type { InterviewListQuery } from "./read-interview-list-query";

export interface ListedInterview {
  title: string;
  participant: string;
  workspaceName: string;
  createdAt: Date;
  state: InterviewState;
  people: { name: string }[];
}

/** Live ones first: that is where someone is needed now. */
const STATE_ORDER: Record<InterviewState, number> = { live: 0, "in review": 1, revealed: 2 };

/** The list as the query asks: filtered by state and by words (title, participant, workspace, people), then sorted. */
export function selectInterviews<T extends ListedInterview>(interviews: readonly T[], query: InterviewListQuery): T[] {
  const words = query.q.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const haystack = (i: T) => [i.title, i.participant, i.workspaceName, ...i.people.map((p) => p.name)].join("\n").toLocaleLowerCase();
  const newest = (a: T, b: T) => b.createdAt.getTime() - a.createdAt.getTime();
  const byTitle = (a: T, b: T) => a.title.localeCompare(b.title, "en", { sensitivity: "base", numeric: true });
  const compare: Record<InterviewListQuery["sort"], (a: T, b: T) => number> = {
    newest,
    oldest: (a, b) => -newest(a, b),
    title: (a, b) => byTitle(a, b) || newest(a, b),
    state: (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || newest(a, b),
  };
  return interviews
    .filter((i) => query.state === "all" || i.state === query.state)
    .filter((i) => words.length === 0 || words.every((w) => haystack(i).includes(w)))
    .sort(compare[query.sort]);
}
