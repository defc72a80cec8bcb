import { expect, test, type Page } from "@playwright/test";
import { importShortCall, openRoomForTwo } from "../fixtures/room";

const tagList = (page: Page) => page.getByTestId("tag-list");

/** Names of the y-indexeddb databases this browser holds for the interview's tag documents. */
async function localTagCopies(page: Page, interviewId: string): Promise<string[]> {
  const prefix = `secondear:interview:${interviewId}:tags:`;
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ""));
  return names.filter((name) => name.startsWith(prefix)).sort();
}

test("a buddy who loses access to the interviewer's tags (blind tagging back on) keeps no copy of them in the browser", async ({ browser }) => {
  const { a, b, alice, bob } = await openRoomForTwo(browser, "Withdrawn access");
  const interviewId = new URL(a.url()).pathname.split("/").pop()!;
  await expect(a.getByTestId("my-role")).toHaveText("interviewer");
  await importShortCall(a);

  // Alice makes Bob the buddy. Blind tagging is on: each keeps a local copy of only their own tags.
  await a.getByRole("button", { name: "Manage roles" }).click();
  await a.getByLabel(`Role of ${bob.name}`).selectOption("buddy");
  await expect(b.getByTestId("my-role")).toHaveText("buddy");
  await expect(b.getByTestId("blind-status")).toContainText("each person's tags stay private");
  await expect.poll(() => localTagCopies(a, interviewId)).toHaveLength(1);
  await expect.poll(() => localTagCopies(b, interviewId)).toHaveLength(1);
  const [aliceTags] = await localTagCopies(a, interviewId);
  const [bobTags] = await localTagCopies(b, interviewId);
  expect(aliceTags).not.toBe(bobTags);

  // Alice switches blind tagging off and tags; Bob sees her tag live, and his browser now stores her tag document.
  await a.getByRole("button", { name: "Turn blind tagging off" }).click();
  await expect(b.getByTestId("blind-status")).toContainText("Blind tagging is off");
  await a.locator("body").press("1");
  await a.getByLabel("Tag note").press("Escape");
  await expect(tagList(a).locator(`.tag-item[data-author="me"]`)).toContainText("Open question");
  await expect(tagList(b).locator(`.tag-item[data-author="${alice.name}"]`)).toContainText("Open question");
  await expect.poll(() => localTagCopies(b, interviewId)).toEqual([aliceTags, bobTags].sort());

  // Alice switches blind tagging back on (nothing revealed yet): Bob may no longer open her tags.
  await a.getByRole("button", { name: "Turn blind tagging on" }).click();
  await expect(a.getByTestId("blind-status")).toContainText("each person's tags stay private");
  await b.reload();
  await expect(b.getByTestId("sync-status")).toHaveText("Live");
  await expect(b.getByTestId("blind-status")).toContainText("each person's tags stay private");
  await expect(tagList(b).locator(`.tag-item[data-author="${alice.name}"]`)).toHaveCount(0);
  await expect(tagList(b)).not.toContainText("Open question");

  // Her tags are gone from Bob's browser too; his own local copy stays.
  await expect.poll(() => localTagCopies(b, interviewId)).toEqual([bobTags]);
});
