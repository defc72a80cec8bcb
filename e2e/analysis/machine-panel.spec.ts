import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures/accounts";

test("the machine panel classifies the interviewer's questions and follows edits live", async ({ page }) => {
  await signIn(page, "demo@secondear.local", "secondear-demo");
  await page.getByRole("link", { name: "Route planning at Acme Logistics" }).click();
  const panel = page.getByTestId("machine-panel");
  await expect(panel.getByTestId("question-counts")).toHaveText("1 open · 1 closed · 1 leading");
  const leading = panel.getByTestId("question-list").locator("li.question-leading");
  await expect(leading).toContainText("Wouldn't it be easier if the app sorted them for you?");
  await expect(leading).toContainText("negative question");
  // The paraphrase is found as a reflection by the learned coder, with why and how far to trust it.
  await expect(panel.getByTestId("reflection-counts")).toHaveText("1 simple · 0 complex");
  const reflection = panel.getByTestId("reflection-list").locator("li");
  await expect(reflection).toHaveText([/So what I'm hearing is the drivers' knowledge matters more than the map\./]);
  await expect(reflection).toContainText("reflects the customer back");
  await expect(panel.getByTestId("machine-reliability")).toContainText(/agree with\s+the experts at kappa 0\.\d\d \(questions\)/);
  // Counted by hand: Dana says 17 + 7 + 11 + 13 = 48 words, Jo 21 + 3 + 10 + 19 = 53; 48 / 101 ≈ 48%.
  await expect(panel.getByTestId("talk-share-words")).toHaveText("48% of words");

  // The interviewer adds a follow-up to her closed question: the panel re-reads it.
  await page.getByTestId("sync-status").filter({ hasText: "Live" }).waitFor();
  await page.getByTestId("transcript-editor").getByText("Do you like doing it that way?").click();
  await page.keyboard.press("End");
  await page.keyboard.type(" What makes it hard?");
  await expect(panel.getByTestId("question-counts")).toHaveText("2 open · 1 closed · 1 leading");
  await expect(panel.getByTestId("question-list").locator("li.question-open")).toContainText(["What makes it hard?"]);
});
