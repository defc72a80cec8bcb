import { describe, expect, it } from "vitest";
import { findActiveBlock, toTimedBlocks } from "./find-active-utterance";
import { guessSpeakerRoles } from "./guess-speaker-roles";

describe("guessSpeakerRoles", () => {
  it("takes the questioner as interviewer and the main talker as customer", () => {
    const roles = guessSpeakerRoles([
      { speaker: "Jo", text: "Hi, thanks for joining." },
      { speaker: "Sam", text: "Sure, happy to help with this, we have been planning routes by hand for years now." },
      { speaker: "Jo", text: "Walk me through the last time? What happened then?" },
      { speaker: "Lee", text: "Sorry I'm late" },
      { speaker: "Unknown speaker", text: "[music]" },
    ]);
    expect(roles).toEqual({ Jo: "interviewer", Sam: "customer", Lee: "other", "Unknown speaker": "other" });
  });

  it("finds the interviewer by the questions the analysis finds, not by question marks", () => {
    // Machine transcripts often drop question marks; the customer's rhetorical ones should not win.
    const roles = guessSpeakerRoles([
      { speaker: "Ana", text: "Tell me about the last time you did the monthly export." },
      { speaker: "Ben", text: "Honestly? It was a mess. Who even owns that plugin? Nobody, it seems, so I fix the totals by hand every single time." },
      { speaker: "Ana", text: "Walk me through what you did next. How did you check the totals" },
      { speaker: "Ben", text: "I open every invoice and compare it with the spreadsheet, which takes most of the morning." },
      { speaker: "Ana", text: "What happened the last time the numbers did not match" },
    ]);
    expect(roles).toEqual({ Ana: "interviewer", Ben: "customer" });
  });

  it("keeps roles from the file, spots a named buddy, and copes with one speaker", () => {
    expect(
      guessSpeakerRoles([
        { speaker: "A", text: "Why?", role: "customer" },
        { speaker: "B", text: "Because." },
        { speaker: "Buddy Kim", text: "Any other questions?" },
      ]),
    ).toEqual({ A: "customer", B: "interviewer", "Buddy Kim": "buddy" });
    expect(guessSpeakerRoles([{ speaker: "Solo", text: "Hello" }])).toEqual({ Solo: "interviewer" });
    expect(guessSpeakerRoles([{ speaker: "Unknown speaker", text: "Who's there?" }])).toEqual({ "Unknown speaker": "other" });
    expect(guessSpeakerRoles([])).toEqual({});
  });
});

describe("findActiveBlock", () => {
  const blocks = toTimedBlocks([
    { pos: 0, startMs: 0, endMs: 4000 },
    { pos: 10, startMs: 3000, endMs: 6000 }, // talks over the first
    { pos: 20, startMs: null, endMs: null }, // an untimed note
    { pos: 30, startMs: 8000, endMs: null }, // typed: lasts until the next start
    { pos: 40, startMs: 12000, endMs: 12000 }, // zero length
  ]);

  it("finds the block whose [start, end) holds the time, latest start first", () => {
    expect(findActiveBlock(blocks, 0)?.pos).toBe(0);
    expect(findActiveBlock(blocks, 3500)?.pos).toBe(10);
    expect(findActiveBlock(blocks, 4000)?.pos).toBe(10);
    expect(findActiveBlock(blocks, 6000)).toBeNull(); // a silence
    expect(findActiveBlock(blocks, 11_999)?.pos).toBe(30);
    expect(findActiveBlock(blocks, 12_000)).toBeNull();
    expect(findActiveBlock(blocks, -5)).toBeNull();
    expect(findActiveBlock(blocks, null)).toBeNull();
  });
});
