import { describe, expect, it } from "vitest";
import { findQuestions } from "./find-questions";

const one = (text: string) => findQuestions([text])[0];

describe("findQuestions", () => {
  it("skips a preamble and locates the question by characters", () => {
    const text = "You mentioned the spreadsheet earlier. How do you share it?";
    const [q] = one(text);
    expect(q).toMatchObject({ text: "How do you share it?", kind: "open", rule: "open.why-how" });
    expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it("finds several questions in one turn, including two in one sentence", () => {
    expect(one("What happens then? Do you email it?").map((q) => q.kind)).toEqual(["open", "closed"]);
    expect(one("How do you do that, do you use a template?").map((q) => q.text)).toEqual(["How do you do that", "do you use a template?"]);
  });

  it("does not split a false start into two questions", () => {
    expect(one("Could you — sorry, could you tell me how it works?")).toHaveLength(1);
  });

  it("ignores statements, backchannels and exclamations", () => {
    for (const t of ["That makes sense.", "Right?", "How interesting.", "What a day.", "So what I'm hearing is it breaks."]) {
      expect(one(t)).toEqual([]);
    }
  });

  it("reads questions without a question mark from their form", () => {
    expect(one("uh how how do you handle the returns")[0].kind).toBe("open");
    expect(one("ok and is it still happening now")[0].kind).toBe("closed");
  });

  it.each([
    ["Walk me through the last time you did it.", "open", "open.prompt"],
    ["Can you tell me more about that?", "open", "open.polite-request"],
    ["I'm curious how you found us.", "open", "open.indirect"],
    ["Why is that?", "open", "open.why-how"],
    ["And then?", "open", "open.continuation"],
    ["Do you use Excel for that?", "closed", "closed.yes-no"],
    ["How many people are on the team?", "closed", "closed.how-degree"],
    ["Which browser are you on?", "closed", "closed.one-fact-wh"],
    ["So you export it every Friday?", "closed", "closed.declarative"],
    ["Don't you think that's too slow?", "leading", "leading.steering-opener"],
    ["Isn't that a waste of time?", "leading", "leading.negative-question"],
    ["You'd want that automated, right?", "leading", "leading.tag-question"],
    ["Would it be better if it synced?", "leading", "leading.hypothetical-improvement"],
    ["Would you have liked a reminder?", "leading", "leading.proposed-solution"],
    ["Was the checkout confusing?", "leading", "leading.loaded-word"],
    ["So you're not proud of that?", "leading", "leading.assertive-declarative"],
  ])("%s -> %s (%s)", (text, kind, rule) => {
    const [q] = one(text);
    expect(q.kind).toBe(kind);
    expect(q.rule).toBe(rule);
    expect(q.reason.length).toBeGreaterThan(10);
  });

  it("processes many texts in one call and keeps them apart", () => {
    const r = findQuestions(["Okay.", "Why?", "Is it? Really?"]);
    expect(r.map((x) => x.length)).toEqual([0, 1, 1]);
  });

  it("keeps abbreviations inside one sentence", () => {
    expect(one("Did Mr. Smith sign it, e.g. last week?")).toHaveLength(1);
  });
});
