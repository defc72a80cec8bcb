// Access follows every change at once, on the other person's open page and open
// connection, without a reload anywhere (server/extensions/access-invalidation.ts).
import { expect, test, type Page } from "@playwright/test";
import { importShortCall, joinRoom, openRoom, openRoomForTwo } from "../fixtures/room";

const tagList = (page: Page) => page.getByTestId("tag-list");
const editor = (page: Page) => page.getByTestId("transcript-editor");
const interviewIdOf = (page: Page) => new URL(page.url()).pathname.split("/").pop()!;

/** Names of the y-indexeddb databases this browser holds for the interview's tag documents. */
async function localTagCopies(page: Page, interviewId: string): Promise<string[]> {
  const prefix = `secondear:interview:${interviewId}:tags:`;
  const names = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ""));
  return names.filter((name) => name.startsWith(prefix)).sort();
}

/** A raw websocket from the page, on someone's tags document, with a token minted for this person; resolves once open. */
async function openRawTagsSocket(page: Page, interviewId: string, ownerId: string): Promise<void> {
  await page.evaluate(
    async ({ interviewId, ownerId }) => {
      const response = await fetch("/api/sync-token", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ interviewId, kind: "tags", ownerId }),
      });
      if (!response.ok) throw new Error(`token refused: ${response.status}`);
      const { token, documentName } = (await response.json()) as { token: string; documentName: string };
      const socket = new WebSocket(`ws://${location.host}/sync/${encodeURIComponent(documentName)}?token=${token}`);
      (window as unknown as { rawClose: Promise<number> }).rawClose = new Promise((resolve) => socket.addEventListener("close", (event) => resolve(event.code)));
      await new Promise((resolve, reject) => {
        socket.addEventListener("open", resolve);
        socket.addEventListener("error", reject);
      });
    },
    { interviewId, ownerId },
  );
}

async function seat(host: Page, name: string, role: "interviewer" | "buddy" | "observer") {
  const manage = host.getByRole("button", { name: "Manage roles" });
  if ((await manage.getAttribute("aria-expanded")) !== "true") await manage.click();
  await host.getByLabel(`Role of ${name}`).selectOption(role);
}

test("blind tagging switched back on: the buddy's page, local copy and open socket lose the interviewer's tags at once", async ({ browser }) => {
  const { a, b, alice, bob } = await openRoomForTwo(browser, "Blind again");
  const interviewId = interviewIdOf(a);
  await importShortCall(a);
  await seat(a, bob.name, "buddy");
  await expect(b.getByTestId("my-role")).toHaveText("buddy");

  // Alice tags; the owner (Alice) reveals; Bob sees her tag live.
  await a.locator("body").press("1");
  await a.getByLabel("Tag note").press("Escape");
  await expect(tagList(a).locator(`.tag-item[data-author="me"]`)).toContainText("Open question");
  await a.getByRole("button", { name: "Reveal now" }).click();
  await a.getByRole("group", { name: "Confirm revealing the tags" }).getByRole("button", { name: "Reveal", exact: true }).click();
  await expect(b.getByTestId("blind-status")).toContainText("Revealed");
  await expect(tagList(b).locator(`.tag-item[data-author="${alice.name}"]`)).toContainText("Open question");
  await expect.poll(() => localTagCopies(b, interviewId)).toHaveLength(2);
  const aliceId = (await localTagCopies(a, interviewId))[0].split(":").pop()!;
  await openRawTagsSocket(b, interviewId, aliceId);

  // Blind tagging off, then back on: a new blind round, nobody's tags visible to the other.
  await a.getByRole("button", { name: "Turn blind tagging off" }).click();
  await expect(a.getByTestId("blind-status")).toContainText("Blind tagging is off");
  await a.getByRole("button", { name: "Turn blind tagging on" }).click();

  // Within a second, without a reload: gone from Bob's page, his browser's storage, and his raw socket.
  await expect(tagList(b).locator(`.tag-item[data-author="${alice.name}"]`)).toHaveCount(0, { timeout: 1_000 });
  await expect(b.getByTestId("blind-status")).toContainText("each person's tags stay private");
  expect(await b.evaluate(() => (window as unknown as { rawClose: Promise<number> }).rawClose)).toBe(4403);
  await expect.poll(() => localTagCopies(b, interviewId), { timeout: 2_000 }).toHaveLength(1);
  expect((await localTagCopies(b, interviewId))[0]).not.toContain(aliceId);

  // A tag Alice adds now never reaches Bob.
  await a.locator("body").press("2");
  await a.getByLabel("Tag note").press("Escape");
  await expect(tagList(a).locator(`.tag-item[data-author="me"]`)).toHaveCount(2);
  await b.waitForTimeout(500);
  await expect(tagList(b)).not.toContainText("Open question");
  await expect(tagList(b)).not.toContainText("Closed question");
});

test("a buddy moved to the observer seat while typing: the next keystroke is not stored and the editor turns read-only, with the reason", async ({ browser }) => {
  const { a, b, bob } = await openRoomForTwo(browser, "Seat change mid-sentence");
  await importShortCall(a);
  await seat(a, bob.name, "buddy");
  await expect(b.getByTestId("my-role")).toHaveText("buddy");

  // Bob types at the end of the last utterance; Alice sees it.
  const last = editor(b).locator("p.utterance").last();
  await last.click();
  await b.keyboard.press("End");
  await b.keyboard.type(" typed by Bob");
  await expect(editor(a)).toContainText("typed by Bob");

  // Alice seats him as observer while he is in the middle of typing.
  await seat(a, bob.name, "observer");
  await expect(a.getByTestId("manage-roles").getByLabel(`Role of ${bob.name}`)).toHaveValue("observer");
  await b.keyboard.type("X");

  await expect(b.getByTestId("my-role")).toHaveText("observer");
  await expect(b.getByTestId("read-only-reason")).toContainText("read-only");
  await expect(editor(b)).toHaveAttribute("contenteditable", "false");
  await expect(editor(b)).not.toContainText("BobX");
  await a.waitForTimeout(500);
  await expect(editor(a)).toContainText("typed by Bob");
  await expect(editor(a)).not.toContainText("BobX");
  // Stored nowhere: a reload of either page shows the text without it.
  await b.reload();
  await expect(b.getByTestId("sync-status")).toHaveText("Live");
  await expect(editor(b)).toContainText("typed by Bob");
  await expect(editor(b)).not.toContainText("BobX");
});

test("an owner in the observer seat reveals: the interviewer's and the buddy's rooms show it without a reload", async ({ browser }) => {
  const { page: owner, roomUrl } = await openRoom(browser, "Owner reveals", { name: "Olive" });
  const { page: iv, person: ivan } = await joinRoom(browser, owner, roomUrl, { name: "Ivan" });
  const { page: bd, person: bea } = await joinRoom(browser, owner, roomUrl, { name: "Bea" });
  // Ivan takes the interviewer's seat (Olive, its holder, becomes an observer); Bea the buddy's.
  await seat(owner, ivan.name, "interviewer");
  await expect(owner.getByTestId("my-role")).toHaveText("observer");
  await seat(owner, bea.name, "buddy");
  await expect(iv.getByTestId("my-role")).toHaveText("interviewer");
  await expect(bd.getByTestId("my-role")).toHaveText("buddy");
  for (const page of [iv, bd]) await expect(page.getByTestId("blind-status")).toContainText("each person's tags stay private");

  await owner.getByRole("button", { name: "Reveal now" }).click();
  await owner.getByRole("group", { name: "Confirm revealing the tags" }).getByRole("button", { name: "Reveal", exact: true }).click();
  for (const page of [owner, iv, bd]) await expect(page.getByTestId("blind-status")).toContainText("Revealed");
});

test("the interviewer's open room shows the buddy the moment the buddy link is accepted", async ({ browser }) => {
  const { page: a, roomUrl } = await openRoom(browser, "Buddy arrives", { name: "Alma" });
  await expect(a.getByTestId("review-controls")).toContainText("Buddy: nobody yet");
  const { person: bruno } = await joinRoom(browser, a, roomUrl, { name: "Bruno", as: "buddy" });
  await expect(a.getByTestId("review-controls")).toContainText(`Buddy: ${bruno.name}`);
});

test("signing out in one tab closes the room's connections in the other tabs of that browser, and the old session stays out", async ({ browser }) => {
  const { page: room, roomUrl } = await openRoom(browser, "Signed out elsewhere", { name: "Sara" });
  const cookies = await room.context().cookies();
  const other = await room.context().newPage();
  await other.goto("/interviews");
  await other.getByRole("button", { name: "Sign out" }).click();
  await expect(other).toHaveURL(/\/sign-in/);

  // The room's sockets are closed by the server (4401), without a reload.
  await expect(room.getByTestId("sync-status")).toHaveText("Signed out", { timeout: 2_000 });
  await expect(room.locator("p.error[role=alert]")).toContainText("You have signed out");

  // A copy of the old session cookie no longer opens anything.
  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const page = await thief.newPage();
  await page.goto(roomUrl);
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await page.request.post("/api/sync-token", { data: { interviewId: interviewIdOf(room), kind: "transcript" } })).status()).toBe(401);
});
