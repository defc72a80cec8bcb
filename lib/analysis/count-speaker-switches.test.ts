import { describe, expect, it } from "vitest";
import { countSpeakerSwitches } from "./count-speaker-switches";
import { script } from "./test-helpers";

describe("countSpeakerSwitches", () => {
  it("counts changes of speaker per minute, not utterances", () => {
    const u = script([
      ["interviewer", 0, 5, "Hi."],
      ["customer", 5, 20, "Hello."],
      ["customer", 20, 40, "Still me."],
      ["interviewer", 40, 50, "Okay."],
      ["customer", 50, 120, "Long answer."],
    ]);
    expect(countSpeakerSwitches(u, 120_000)).toEqual({ switches: 3, switchesPerMinute: 1.5 });
  });
  it("is zero for an empty call", () => {
    expect(countSpeakerSwitches([], 0)).toEqual({ switches: 0, switchesPerMinute: 0 });
  });
});
