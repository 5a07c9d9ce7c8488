import { describe, expect, it } from "vitest";
import { SIK_PEREKAM_MEDIS } from "../seed";
import { fillPlaceholders, placeholdersIn, strayBraces, templateTexts } from "./letters";

describe("letter placeholders", () => {
  it("fills known values and prints a visible dash for empty or missing ones", () => {
    const text = "Kepada {pemohon.nama}, STR {formulir.strNumber}, berlaku {izin.berlaku} di {formulir.kosong}";
    expect(fillPlaceholders(text, { "pemohon.nama": "Rina", "formulir.strNumber": "RM 1", "izin.berlaku": " " })).toBe("Kepada Rina, STR RM 1, berlaku - di -");
  });

  it("finds every placeholder and any stray brace", () => {
    expect(placeholdersIn("{a.b} dan {c.d1}").map((p) => p.token)).toEqual(["{a.b}", "{c.d1}"]);
    expect(strayBraces("{a.b} baik")).toBe(false);
    expect(strayBraces("{a.b baik")).toBe(true);
    expect(strayBraces("a.b} baik")).toBe(true);
  });

  it("lists every text of a template with its path", () => {
    const permit = SIK_PEREKAM_MEDIS.letters.find((l) => l.purpose === "PERMIT")!;
    const paths = templateTexts(permit).map((t) => t.path);
    expect(paths).toEqual(expect.arrayContaining(["title", "body.0", "rows.0.label", "rows.0.value", "closing.0", "tembusan.0"]));
    const rejection = SIK_PEREKAM_MEDIS.letters.find((l) => l.purpose === "REJECTION")!;
    expect(templateTexts(rejection).map((t) => t.path)).toContain("addressee.0");
  });
});
