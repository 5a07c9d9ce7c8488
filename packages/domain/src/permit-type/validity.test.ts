import { describe, expect, it } from "vitest";
import { HEALTH_PERMIT_VALIDITY } from "../seed/health";
import { computeValidity, type ValidityRule } from "./validity";

const ISSUED = "2026-12-03";

describe("computeValidity", () => {
  it.each<[string, ValidityRule, Record<string, string | boolean>, string | null, string]>([
    ["for life", { kind: "LIFETIME" }, {}, null, "Berlaku seumur hidup."],
    ["five years from issue", { kind: "YEARS_FROM_ISSUE", years: 5 }, {}, "2031-12-02", "Berlaku sampai dengan tanggal 2 Desember 2031."],
    ["until the STR's date", { kind: "UNTIL_FORM_DATE", field: "strExpiry" }, { strExpiry: "2028-05-31" }, "2028-05-31", "Berlaku sampai dengan tanggal 31 Mei 2028."],
    ["until a date left empty (a lifetime STR)", { kind: "UNTIL_FORM_DATE", field: "strExpiry" }, {}, null, "Berlaku seumur hidup."],
    ["the earlier: a time-limited STR ending first", HEALTH_PERMIT_VALIDITY, { strExpiry: "2028-05-31" }, "2028-05-31", "Berlaku sampai dengan tanggal 31 Mei 2028."],
    ["the earlier: five years when the STR is for life", HEALTH_PERMIT_VALIDITY, { strLifetime: true }, "2031-12-02", "Berlaku sampai dengan tanggal 2 Desember 2031."],
    ["the earlier: five years before a later STR date", HEALTH_PERMIT_VALIDITY, { strExpiry: "2040-01-01" }, "2031-12-02", "Berlaku sampai dengan tanggal 2 Desember 2031."],
    ["while employed", { kind: "WHILE_EMPLOYED", field: "facilityName" }, { facilityName: "RSUD Sidikalang" }, null, "Berlaku selama pemegang bekerja pada RSUD Sidikalang."],
    [
      "five years and while employed",
      { kind: "EARLIEST", of: [{ kind: "YEARS_FROM_ISSUE", years: 5 }, { kind: "WHILE_EMPLOYED", field: "facilityName" }] },
      { facilityName: "Puskesmas Sidikalang" },
      "2031-12-02",
      "Berlaku sampai dengan tanggal 2 Desember 2031 dan selama pemegang bekerja pada Puskesmas Sidikalang.",
    ],
  ])("%s", (_name, rule, form, until, sentence) => {
    expect(computeValidity(rule, ISSUED, form)).toMatchObject({ until, sentence });
  });

  it("runs a 29 February issue through 28 February in a common year", () => {
    expect(computeValidity({ kind: "YEARS_FROM_ISSUE", years: 1 }, "2028-02-29", {}).until).toBe("2029-02-28");
  });

  it("names the workplace generically when the form left it empty", () => {
    expect(computeValidity({ kind: "WHILE_EMPLOYED", field: "facilityName" }, ISSUED, {}).sentence).toBe("Berlaku selama pemegang bekerja pada fasilitas tempat bekerja.");
  });
});

