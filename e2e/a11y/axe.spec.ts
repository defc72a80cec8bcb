import { expect, test } from "@playwright/test";
import { seriousViolations } from "../fixtures/axe";
import { importShortCall, joinRoom, openRoom } from "../fixtures/room";

test("the room, the report, the codebook and the import dialog have no serious or critical axe violations", async ({ browser }) => {
  const found: Record<string, string[]> = {};
  const { page: a, roomUrl } = await openRoom(browser, "Accessible room", { name: "Ana" });
  await importShortCall(a);
  const { page: b } = await joinRoom(browser, a, roomUrl, { name: "Bo", as: "buddy" });
  await a.getByRole("button", { name: "Start call" }).click();
  // A room in use: tags of both polarities, a nudge on screen, the clock running.
  await a.locator("body").press("1");
  await a.getByLabel("Tag note").press("Escape");
  await a.locator("body").press("2");
  await a.getByLabel("Tag note").press("Escape");
  await b.getByRole("button", { name: "Let them talk" }).click();
  await expect(a.getByTestId("nudge-toasts").locator(".toast")).toHaveCount(1);
  await expect(a.getByTestId("sync-status")).toHaveText("Live");
  found["room (interviewer)"] = await seriousViolations(a);
  found["room (buddy)"] = await seriousViolations(b);

  await a.getByRole("button", { name: "Import transcript" }).click();
  await expect(a.getByRole("dialog", { name: "Import transcript" })).toBeVisible();
  found["import dialog"] = await seriousViolations(a);
  await a.keyboard.press("Escape");

  await a.getByRole("button", { name: "I'm done" }).click();
  await b.getByRole("button", { name: "I'm done" }).click();
  await a.goto(`${roomUrl}/report`);
  await expect(a.getByRole("heading", { level: 1 })).toBeVisible();
  found["report"] = await seriousViolations(a);

  await a.goto("/interviews");
  found["interviews"] = await seriousViolations(a);
  await a.getByRole("link", { name: "Edit codebook" }).click();
  await expect(a.getByRole("heading", { name: /^Codebook/ })).toBeVisible();
  found["codebook"] = await seriousViolations(a);
  expect(found).toEqual({ "room (interviewer)": [], "room (buddy)": [], "import dialog": [], report: [], interviews: [], codebook: [] });
});
