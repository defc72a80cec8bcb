import { describe, expect, it } from "vitest";
import { decideInterviewState } from "../interviews/decide-interview-state";
import { readInterviewListQuery } from "./read-interview-list-query";
import { selectInterviews, type ListedInterview } from "./select-interviews";

const at = (day: number) => new Date(Date.UTC(2026, 11, day));
const list: ListedInterview[] = [
  { title: "beta onboarding", participant: "Jo at Acme", workspaceName: "Research", createdAt: at(1), state: "revealed", people: [{ name: "Ana" }] },
  { title: "Alpha pricing", participant: "", workspaceName: "Sales", createdAt: at(3), state: "in review", people: [{ name: "Bo" }] },
  { title: "Interview 10", participant: "Sam", workspaceName: "Research", createdAt: at(2), state: "live", people: [{ name: "Ana" }, { name: "Bo" }] },
  { title: "Interview 9", participant: "", workspaceName: "Research", createdAt: at(4), state: "in review", people: [] },
];
const titles = (query: Parameters<typeof readInterviewListQuery>[0]) => selectInterviews(list, readInterviewListQuery(query)).map((i) => i.title);

describe("the interviews list's sort and filter", () => {
  it("sorts newest first by default, or by title (case and numbers as people read them), or live first", () => {
    expect(titles({})).toEqual(["Interview 9", "Alpha pricing", "Interview 10", "beta onboarding"]);
    expect(titles({ sort: "oldest" })).toEqual(["beta onboarding", "Interview 10", "Alpha pricing", "Interview 9"]);
    expect(titles({ sort: "title" })).toEqual(["Alpha pricing", "beta onboarding", "Interview 9", "Interview 10"]);
    expect(titles({ sort: "state" })).toEqual(["Interview 10", "Interview 9", "Alpha pricing", "beta onboarding"]);
  });

  it("filters by state and by every word of the search, over title, participant, workspace and people", () => {
    expect(titles({ state: "in review" })).toEqual(["Interview 9", "Alpha pricing"]);
    expect(titles({ q: "acme" })).toEqual(["beta onboarding"]);
    expect(titles({ q: "research sam" })).toEqual(["Interview 10"]);
    expect(titles({ q: "ana", state: "live" })).toEqual(["Interview 10"]);
    expect(titles({ q: "nothing like it" })).toEqual([]);
  });

  it("unknown or repeated params fall back to the defaults instead of failing the page", () => {
    expect(readInterviewListQuery({ sort: "sideways", state: ["live", "revealed"], q: undefined })).toEqual({ sort: "newest", state: "live", q: "" });
  });

  it("an interview is live while its call clock runs, revealed once both can see both people's tags, else in review", () => {
    expect(decideInterviewState({ clockStatus: "running", blind: true, revealed: true })).toBe("live");
    expect(decideInterviewState({ clockStatus: "paused", blind: true, revealed: false })).toBe("in review");
    expect(decideInterviewState({ clockStatus: "stopped", blind: true, revealed: true })).toBe("revealed");
    expect(decideInterviewState({ clockStatus: "stopped", blind: false, revealed: false })).toBe("revealed");
  });
});
