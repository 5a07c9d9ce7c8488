import { describe, expect, it } from "vitest";
import { tableToCsv } from "./csv";
import type { DashboardTable } from "./tables";

describe("tableToCsv", () => {
  it("writes Indonesian-Excel CSV: BOM, semicolons, decimal commas, WIB times, quoted where needed", () => {
    const table: DashboardTable = {
      name: "pegawai",
      title: "Per pegawai",
      columns: [
        { label: "Nama", kind: "text" },
        { label: "Median", kind: "minutes" },
        { label: "Tepat waktu (%)", kind: "share" },
        { label: "Jatuh tempo", kind: "datetime" },
      ],
      rows: [
        ['Sari "Ucok" Manik; S.Tr', 277.5, 10 / 11, new Date("2025-03-26T06:00:00Z")],
        ["Budi", null, null, null],
      ],
    };
    expect(tableToCsv(table, "Asia/Jakarta")).toBe(
      "\uFEFFNama;Median (menit kerja);Tepat waktu (%);Jatuh tempo\r\n" +
        '"Sari ""Ucok"" Manik; S.Tr";277,5;90,9;2025-03-26 13:00\r\n' +
        "Budi;;;\r\n",
    );
    // The same instant in an office on WITA and one on WIT.
    expect(tableToCsv(table, "Asia/Makassar")).toContain(";2025-03-26 14:00\r\n");
    expect(tableToCsv(table, "Asia/Jayapura")).toContain(";2025-03-26 15:00\r\n");
  });
});
