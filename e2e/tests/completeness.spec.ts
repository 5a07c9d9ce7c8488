import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../packages/db/src/seed/data";
import { staffPage } from "./fixtures";
import { BACKOFFICE_URL } from "./urls";

test("at step 2 nothing starts judged; each requirement is judged beside its document; an unmet one needs a reason", async ({ browser }) => {
  const fo = await staffPage(browser, "frontoffice", DEMO_PASSWORD);
  await fo.goto(`${BACKOFFICE_URL}/berkas/demo-berkas-baru`);
  const check = fo.getByTestId("completeness-check");
  await expect(check.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(fo.getByTestId("judged-count")).toContainText("0 dari 8");
  // A document viewer starts only when asked for: seven idle PDF viewers made every visit slow.
  await expect(fo.locator("iframe")).toHaveCount(0);
  await fo.getByTestId("check-KTP").getByText("Lihat dokumen di sini").click();
  await expect(fo.getByTestId("check-KTP").getByTitle("Pratinjau KTP")).toBeVisible();
  await fo.getByTestId("action-panel").getByRole("button", { name: "Selesaikan", exact: true }).click();
  await expect(fo.getByTestId("action-error")).toContainText("8 persyaratan belum dinilai");
  await fo.getByTestId("check-KTP").getByLabel("Belum memenuhi syarat").check();
  await expect(fo.getByTestId("check-KTP").getByLabel("Pemohon harus mengunggah dokumen baru")).not.toBeChecked();
  await fo.getByTestId("action-panel").getByRole("button", { name: "Kembalikan ke Pemohon" }).click();
  await expect(fo.getByTestId("check-error-KTP")).toContainText("Tuliskan alasan");
  await expect(fo.getByTestId("file-status")).toHaveText("Dalam Proses");
  await fo.context().close();
});
