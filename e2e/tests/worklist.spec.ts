import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../packages/db/src/seed/data";
import { staffPage, untilLateUnderMe } from "./fixtures";
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

test("the Kabid sees the late Tim Teknis file under them, and with whom it waits", async ({ browser }) => {
  // The demo Tim Teknis file has waited at step 6 for days; the worker's first clock sweep escalates it up the chain.
  const kabid = await staffPage(browser, "kabid", DEMO_PASSWORD);
  await untilLateUnderMe(kabid);
  const row = kabid.getByTestId("late-under-me").getByRole("row").filter({ hasText: "Budi Sinaga" });
  await expect(row).toContainText("6. Koordinasi Tim Teknis");
  await expect(row).toContainText("dr. Lamhot Sihombing");
  // The escalation reached the Kabid's bell too.
  await expect(kabid.getByTestId("notice-count")).toBeVisible();
  await kabid.context().close();
});
