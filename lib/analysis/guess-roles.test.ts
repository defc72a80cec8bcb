import { describe, expect, it } from "vitest";
import { guessRoles } from "./guess-roles";

const u = [
  { speaker: "Ana", text: "How do you plan the week? What happens on Mondays?" },
  { speaker: "Ben", text: "I open the spreadsheet and go through every order by hand, which takes ages." },
  { speaker: "Cy", text: "Sorry, quick note." },
  { speaker: "Ana", text: "Why by hand?" },
];

describe("guessRoles", () => {
  it("takes the speaker asking most questions as interviewer and warns", () => {
    const { roles, warnings } = guessRoles(u);
    expect(Object.fromEntries(roles)).toEqual({ Ana: "interviewer", Ben: "customer", Cy: "other" });
    expect(warnings.join("\n")).toMatch(/guessed interviewer: Ana/);
  });
  it("lets names given on the command line win, case-insensitively", () => {
    const { roles, warnings } = guessRoles(u, { interviewer: ["ben"], buddy: ["Cy"] });
    expect(Object.fromEntries(roles)).toEqual({ Ana: "customer", Ben: "interviewer", Cy: "buddy" });
    expect(warnings.join("\n")).not.toMatch(/guessed interviewer/);
  });
  it("warns about a name that is not in the transcript", () => {
    expect(guessRoles(u, { customer: ["Zed"] }).warnings[0]).toMatch(/Zed/);
  });
});
