import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../packages/db/src/seed/data";
import { staffPage } from "./fixtures";
import { BACKOFFICE_URL } from "./urls";

test("a Tim Teknis member's inbox holds only the files assigned to them; a colleague is told why they cannot act", async ({ browser }) => {
  const assigned = await staffPage(browser, "timteknis", DEMO_PASSWORD);
  await expect(assigned.getByTestId("inbox")).toContainText("Budi Sinaga");
  const colleague = await staffPage(browser, "timteknis2", DEMO_PASSWORD);
  await expect(colleague.getByRole("heading", { name: "Kotak Masuk" })).toBeVisible();
  // Every Tim Teknis file of the demo office is assigned to dr. Lamhot: the colleague's inbox is empty.
  await expect(colleague.getByTestId("inbox-empty")).toBeVisible();
  await colleague.goto(`${BACKOFFICE_URL}/berkas/demo-berkas-tim-teknis`);
  await expect(colleague.getByTestId("no-action")).toContainText("Anda tidak ditugaskan sebagai Tim Teknis untuk berkas ini");
  await assigned.context().close();
  await colleague.context().close();
});
