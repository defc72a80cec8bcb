import { expect, test, type Locator } from "@playwright/test";
import { importShortCall, openRoomForTwo } from "../fixtures/room";

/** The utterance's own text, without its speaker-and-time head (a widget, not content). */
async function textOf(utterance: Locator): Promise<string> {
  return utterance.evaluate((element) => {
    const clone = element.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[contenteditable="false"]').forEach((widget) => widget.remove());
    return clone.textContent ?? "";
  });
}

// What a team hit first: one person typing at the end of an utterance while the
// other types at its start came out reversed ("…next?dcba"), for everyone.
test("two people typing at the start and the end of one utterance at once keep their words in order", async ({ browser }) => {
  const { a, b } = await openRoomForTwo(browser, "Typing at once");
  await importShortCall(a);
  const utteranceA = a.getByTestId("transcript-editor").locator(".utterance").nth(2);
  const utteranceB = b.getByTestId("transcript-editor").locator(".utterance").nth(2);
  await expect.poll(() => textOf(utteranceB)).toBe("What happened next?");

  await utteranceA.click();
  await a.keyboard.press("End");
  await utteranceB.click();
  await b.keyboard.press("Home");
  const alices = " And then what did you do?";
  const bobs = "So, ";
  await Promise.all([a.keyboard.type(alices, { delay: 60 }), b.keyboard.type(bobs, { delay: 150 })]);

  const expected = `${bobs}What happened next?${alices}`;
  await expect.poll(() => textOf(utteranceA)).toBe(expected);
  await expect.poll(() => textOf(utteranceB)).toBe(expected);

  // Both keep typing where their carets are, a second time.
  await Promise.all([a.keyboard.type(" Tell me.", { delay: 40 }), b.keyboard.type("ok ", { delay: 90 })]);
  const after = `${bobs}ok What happened next?${alices} Tell me.`;
  await expect.poll(() => textOf(utteranceA)).toBe(after);
  await expect.poll(() => textOf(utteranceB)).toBe(after);
});
