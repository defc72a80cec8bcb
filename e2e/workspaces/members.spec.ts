// Workspace membership and interview deletion from the interviews page. That
// open sockets close at once is tested against the sync server itself
// (server/extensions/access-invalidation.test.ts); here, what people see.
import { expect, test, type Page } from "@playwright/test";
import { createInterview, joinRoom, openRoom } from "../fixtures/room";

const workspaceCard = (page: Page) => page.locator("section.card", { has: page.getByRole("heading", { name: "Workspaces" }) });
const interviewList = (page: Page) => page.locator("ul.interview-list");

async function openMembers(page: Page) {
  await page.goto("/interviews");
  const card = workspaceCard(page);
  // One "Members" disclosure per workspace.
  for (const summary of await card.locator("summary", { hasText: "Members" }).all()) await summary.click();
  return card;
}

test("the owner removes a member from the interviews page; the member no longer sees the workspace's interviews", async ({ browser }) => {
  const { page: alice, roomUrl } = await openRoom(browser, "Route planning", { name: "Alice" });
  const { page: bob } = await joinRoom(browser, alice, roomUrl, { name: "Bob" });

  await bob.goto("/interviews");
  await expect(interviewList(bob).getByRole("link", { name: "Route planning" })).toBeVisible();
  // A member sees no "Remove" for others, and can leave.
  const bobsCard = await openMembers(bob);
  await expect(bobsCard.getByRole("button", { name: "Remove Alice" })).toHaveCount(0);
  await expect(bobsCard.getByRole("button", { name: "Leave workspace" })).toHaveCount(1); // Alice's; Bob is the only owner of his own

  const card = await openMembers(alice);
  await expect(card.getByRole("button", { name: "Leave workspace" })).toHaveCount(0); // the only owner
  await card.getByRole("button", { name: "Remove Bob" }).click();
  const confirm = card.getByRole("group", { name: "Confirm removing Bob" });
  await expect(confirm).toContainText("Remove Bob from the workspace?");
  // "Keep" takes it back.
  await confirm.getByRole("button", { name: "Keep" }).click();
  await expect(confirm).toBeHidden();
  await card.getByRole("button", { name: "Remove Bob" }).click();
  await card.getByRole("group", { name: "Confirm removing Bob" }).getByRole("button", { name: "Remove" }).click();
  await expect(card.getByRole("button", { name: "Remove Bob" })).toHaveCount(0);
  await expect(card).toContainText("1 member ·");

  await bob.goto("/interviews");
  await expect(bob.getByRole("heading", { name: "Interviews" })).toBeVisible();
  await expect(interviewList(bob).getByRole("link", { name: "Route planning" })).toHaveCount(0);
  await expect(workspaceCard(bob)).not.toContainText("Alice's workspace");
  await bob.goto(roomUrl);
  await expect(bob.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("a member leaves a workspace themselves", async ({ browser }) => {
  const { page: alice, roomUrl } = await openRoom(browser, "Pricing call", { name: "Alice" });
  const { page: cy } = await joinRoom(browser, alice, roomUrl, { name: "Cy" });
  const card = await openMembers(cy);
  const alicesWorkspace = card.locator("li", { has: cy.getByText("Alice's workspace", { exact: true }) });
  await alicesWorkspace.getByRole("button", { name: "Leave workspace" }).click();
  await alicesWorkspace.getByRole("group").getByRole("button", { name: "Leave workspace" }).click();
  await expect(card).not.toContainText("Alice's workspace");
  await expect(interviewList(cy).getByRole("link", { name: "Pricing call" })).toHaveCount(0);
});

test("the interviewer deletes an interview from the list after confirming; others lose it too", async ({ browser }) => {
  const { page: alice, roomUrl: keptUrl } = await openRoom(browser, "Kept interview", { name: "Alice" });
  const { page: bob } = await joinRoom(browser, alice, keptUrl, { name: "Bob" });
  const doomedUrl = await createInterview(alice, "Doomed interview");

  await alice.goto("/interviews");
  const list = interviewList(alice);
  await list.getByRole("button", { name: "Delete interview Doomed interview" }).click();
  const confirm = list.getByRole("group", { name: "Confirm deleting Doomed interview" });
  await expect(confirm).toContainText("Delete “Doomed interview” for everyone");
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(list.getByRole("link", { name: "Doomed interview" })).toHaveCount(0);
  await expect(list.getByRole("link", { name: "Kept interview" })).toBeVisible();
  await alice.reload();
  await expect(interviewList(alice).getByRole("link", { name: "Doomed interview" })).toHaveCount(0);

  // Bob, a member without a seat, may not delete, and no longer finds the deleted one.
  await bob.goto("/interviews");
  await expect(interviewList(bob).getByRole("link", { name: "Kept interview" })).toBeVisible();
  await expect(interviewList(bob).getByRole("link", { name: "Doomed interview" })).toHaveCount(0);
  await expect(interviewList(bob).getByRole("button", { name: /^Delete interview/ })).toHaveCount(0);
  await bob.goto(doomedUrl);
  await expect(bob.getByRole("heading", { name: "Not found" })).toBeVisible();
});
