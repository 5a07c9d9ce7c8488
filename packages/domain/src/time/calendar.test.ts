import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingMinutes, defaultCalendar, usualWeekOn, validateCalendar, type WorkingCalendar, workingMinutesBetween } from "./calendar";

/** Wall-clock time in WIB (UTC+7) written as the UTC instant it is, so the tests never depend on the process zone. */
const wib = (local: string): Date => new Date(`${local}:00+07:00`);

describe("the process time zone", () => {
  it("is one of the zones this suite is run under, and changes nothing", () => {
    expect(["UTC", "America/New_York"]).toContain(process.env.TZ);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toMatch(/UTC|America\/New_York/);
  });
});

describe("addWorkingMinutes on the default calendar (Mon–Fri 08:00–16:00 WIB)", () => {
  const cal = defaultCalendar(["2025-03-31", "2025-04-01", "2025-01-01", "2024-12-25", "2024-12-26"]);

  it.each([
    ["within the morning", "2025-03-03T08:00", 60, "2025-03-03T09:00"],
    ["a full day ends at 16:00 that day, not 08:00 next morning", "2025-03-03T08:00", 480, "2025-03-03T16:00"],
    ["past the end of the day into the next", "2025-03-03T15:00", 120, "2025-03-04T09:00"],
    ["zero inside working time is the same moment", "2025-03-04T10:17", 0, "2025-03-04T10:17"],
    ["zero at the end of the day stays there", "2025-03-04T16:00", 0, "2025-03-04T16:00"],
    ["zero in the evening is the next morning", "2025-03-04T19:30", 0, "2025-03-05T08:00"],
    ["from before opening counts from 08:00", "2025-03-05T06:00", 30, "2025-03-05T08:30"],
    ["from the evening counts from next morning", "2025-03-05T20:00", 30, "2025-03-06T08:30"],
    ["over a weekend", "2025-03-07T15:00", 120, "2025-03-10T09:00"],
    ["from a Saturday", "2025-03-08T11:00", 60, "2025-03-10T09:00"],
    ["from a Sunday night, ending exactly at 16:00", "2025-03-09T23:00", 480, "2025-03-10T16:00"],
    ["a step starting 15:30 on the Friday before a Monday–Tuesday holiday", "2025-03-28T15:30", 60, "2025-04-02T08:30"],
    ["three days of work over the same long weekend", "2025-03-28T08:00", 3 * 480, "2025-04-03T16:00"],
    ["year end: 31 Dec to 2 Jan over New Year's Day", "2024-12-31T15:00", 120, "2025-01-02T09:00"],
    ["a long standard across Christmas and New Year", "2024-12-23T08:00", 6 * 480, "2025-01-02T16:00"],
    ["many weeks at once, then over the long weekend", "2025-03-03T08:00", 21 * 480, "2025-04-02T16:00"],
  ])("%s", (_label, start, minutes, due) => {
    expect(addWorkingMinutes(cal, wib(start), minutes).toISOString()).toBe(wib(due).toISOString());
  });

  it("keeps seconds and handles fractions of a minute", () => {
    expect(addWorkingMinutes(cal, new Date("2025-03-03T01:00:30Z"), 1.5).toISOString()).toBe("2025-03-03T01:02:00.000Z");
  });

  it("refuses negative or non-finite minutes", () => {
    expect(() => addWorkingMinutes(cal, wib("2025-03-03T08:00"), -1)).toThrow(RangeError);
    expect(() => addWorkingMinutes(cal, wib("2025-03-03T08:00"), Number.NaN)).toThrow(RangeError);
  });
});

describe("workingMinutesBetween", () => {
  const cal = defaultCalendar(["2025-03-31", "2025-04-01", "2025-01-01"]);

  it.each([
    ["same day", "2025-03-03T09:00", "2025-03-03T11:30", 150],
    ["evening to next morning", "2025-03-03T15:00", "2025-03-04T09:00", 120],
    ["Friday afternoon to Monday morning", "2025-03-07T15:00", "2025-03-10T09:00", 120],
    ["a whole weekend only", "2025-03-08T00:00", "2025-03-10T00:00", 0],
    ["over the long weekend", "2025-03-28T15:30", "2025-04-02T08:30", 60],
    ["over the year end", "2024-12-31T15:00", "2025-01-02T09:00", 120],
    ["four working weeks", "2025-03-03T00:00", "2025-03-29T00:00", 20 * 480],
    ["backwards", "2025-03-04T09:00", "2025-03-03T09:00", 0],
    ["no time at all", "2025-03-04T09:00", "2025-03-04T09:00", 0],
  ])("%s", (_label, from, to, minutes) => {
    expect(workingMinutesBetween(cal, wib(from), wib(to))).toBe(minutes);
  });

  it("rounds a partial minute down", () => {
    expect(workingMinutesBetween(cal, new Date("2025-03-03T01:00:00Z"), new Date("2025-03-03T01:00:59Z"))).toBe(0);
  });

  it("is the inverse of addWorkingMinutes", () => {
    const start = fc.integer({ min: Date.UTC(2024, 0, 1) / 60_000, max: Date.UTC(2027, 0, 1) / 60_000 });
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 30 * 480 }), (startMinute, minutes) => {
        const from = new Date(startMinute * 60_000);
        const due = addWorkingMinutes(cal, from, minutes);
        expect(workingMinutesBetween(cal, from, due)).toBe(minutes);
        expect(due.getTime()).toBeGreaterThanOrEqual(from.getTime());
      }),
      { numRuns: 500 },
    );
  });

  it("adds up over any split point", () => {
    const minute = fc.integer({ min: Date.UTC(2024, 11, 1) / 60_000, max: Date.UTC(2025, 1, 1) / 60_000 });
    fc.assert(
      fc.property(minute, minute, minute, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort((p, q) => p - q).map((m) => new Date(m * 60_000)) as [Date, Date, Date];
        expect(workingMinutesBetween(cal, x, y) + workingMinutesBetween(cal, y, z)).toBe(workingMinutesBetween(cal, x, z));
      }),
      { numRuns: 300 },
    );
  });
});

describe("other zones and working weeks", () => {
  it.each([
    ["Asia/Makassar", "+08:00"],
    ["Asia/Jayapura", "+09:00"],
    ["Asia/Jakarta", "+07:00"],
  ])("reads the hours on the wall clock of %s", (timeZone, offset) => {
    const cal: WorkingCalendar = { ...defaultCalendar(), timeZone };
    const start = new Date(`2025-03-07T15:00:00${offset}`);
    expect(addWorkingMinutes(cal, start, 120).toISOString()).toBe(new Date(`2025-03-10T09:00:00${offset}`).toISOString());
    expect(workingMinutesBetween(cal, start, new Date(`2025-03-10T09:00:00${offset}`))).toBe(120);
  });

  it("follows a zone with daylight saving time across the switch", () => {
    const cal: WorkingCalendar = { ...defaultCalendar(), timeZone: "Europe/Berlin" };
    // Friday 15:00 CET (UTC+1) + 2 h of work → Monday 09:00 CEST (UTC+2), after the switch on 30 March 2025.
    expect(addWorkingMinutes(cal, new Date("2025-03-28T14:00:00Z"), 120).toISOString()).toBe("2025-03-31T07:00:00.000Z");
    expect(workingMinutesBetween(cal, new Date("2025-03-28T14:00:00Z"), new Date("2025-03-31T07:00:00Z"))).toBe(120);
    // The day of the switch has 23 real hours, and working time counts real time.
    const sundayWork: WorkingCalendar = { ...cal, week: { ...cal.week, 0: [{ start: "00:00", end: "24:00" }] } };
    expect(workingMinutesBetween(sundayWork, new Date("2025-03-29T23:00:00Z"), new Date("2025-03-30T22:00:00Z"))).toBe(23 * 60);
  });

  it("allows breaks and a shorter Friday", () => {
    const morningAfternoon = [
      { start: "08:00", end: "12:00" },
      { start: "13:00", end: "16:00" },
    ];
    const cal: WorkingCalendar = {
      timeZone: "Asia/Jakarta",
      week: {
        0: [],
        1: morningAfternoon,
        2: morningAfternoon,
        3: morningAfternoon,
        4: morningAfternoon,
        5: [
          { start: "13:30", end: "16:30" },
          { start: "07:30", end: "11:30" },
        ],
        6: [],
      },
      holidays: [],
    };
    expect(addWorkingMinutes(cal, wib("2025-03-03T11:30"), 60).toISOString()).toBe(wib("2025-03-03T13:30").toISOString());
    expect(addWorkingMinutes(cal, wib("2025-03-03T12:00"), 0).toISOString()).toBe(wib("2025-03-03T12:00").toISOString());
    expect(addWorkingMinutes(cal, wib("2025-03-03T12:15"), 0).toISOString()).toBe(wib("2025-03-03T13:00").toISOString());
    expect(addWorkingMinutes(cal, wib("2025-03-07T11:00"), 60).toISOString()).toBe(wib("2025-03-07T14:00").toISOString());
    expect(addWorkingMinutes(cal, wib("2025-03-06T15:00"), 7 * 60 + 60).toISOString()).toBe(wib("2025-03-07T16:30").toISOString());
    expect(workingMinutesBetween(cal, wib("2025-03-07T00:00"), wib("2025-03-08T00:00"))).toBe(7 * 60);
  });

  it("merges overlapping intervals", () => {
    const overlapping = [
      { start: "08:00", end: "12:00" },
      { start: "10:00", end: "16:00" },
    ];
    const cal: WorkingCalendar = { ...defaultCalendar(), week: { ...defaultCalendar().week, 1: overlapping } };
    expect(workingMinutesBetween(cal, wib("2025-03-03T00:00"), wib("2025-03-04T00:00"))).toBe(480);
  });
});

describe("special hours for a run of dates (Ramadan)", () => {
  const monThu = [{ start: "08:00", end: "15:00" }];
  const friday = [
    { start: "08:00", end: "11:30" },
    { start: "13:00", end: "15:30" },
  ];
  const ramadan = { name: "Ramadan 1447 H", from: "2026-02-19", to: "2026-03-19", week: { 0: [], 1: monThu, 2: monThu, 3: monThu, 4: monThu, 5: friday, 6: [] } };
  const cal: WorkingCalendar = { ...defaultCalendar(["2026-03-19"]), special: [ramadan] };
  const day = (iso: string) => workingMinutesBetween(cal, wib(`${iso}T00:00`), new Date(wib(`${iso}T00:00`).getTime() + 86_400_000));

  it.each([
    ["2026-02-18", "Rabu sebelum Ramadan: jam biasa", 480],
    ["2026-02-19", "Kamis, hari pertama: 08.00–15.00", 420],
    ["2026-02-20", "Jumat: istirahat salat Jumat", 360],
    ["2026-03-18", "Rabu terakhir sebelum libur", 420],
    ["2026-03-19", "hari libur di dalam rentang tetap libur", 0],
    ["2026-02-22", "Minggu tetap libur", 0],
    ["2026-03-23", "Senin sesudah rentang: jam biasa lagi", 480],
  ])("%s (%s): %i menit kerja", (iso, _why, minutes) => {
    expect(day(iso)).toBe(minutes);
  });

  it("carries a due time across the edge of the range and through the Friday break", () => {
    // Wednesday 15:00 + 2 h: 1 h left that day (until 16:00), 1 h on the first Ramadan morning.
    expect(addWorkingMinutes(cal, wib("2026-02-18T15:00"), 120).toISOString()).toBe(wib("2026-02-19T09:00").toISOString());
    // Thursday 14:30 + 1 h: 30 min until 15:00, then Friday 08:00–08:30.
    expect(addWorkingMinutes(cal, wib("2026-02-19T14:30"), 60).toISOString()).toBe(wib("2026-02-20T08:30").toISOString());
    expect(addWorkingMinutes(cal, wib("2026-02-20T11:00"), 60).toISOString()).toBe(wib("2026-02-20T13:30").toISOString());
    // Wednesday 18 March 14:00 + 2 h: 1 h that day, the 19th is a holiday, the 20th is after the range.
    expect(addWorkingMinutes(cal, wib("2026-03-18T14:00"), 120).toISOString()).toBe(wib("2026-03-20T09:00").toISOString());
  });

  it("stays the inverse of addWorkingMinutes and adds up over split points", () => {
    const minute = fc.integer({ min: Date.UTC(2026, 1, 10) / 60_000, max: Date.UTC(2026, 2, 31) / 60_000 });
    fc.assert(
      fc.property(minute, fc.integer({ min: 0, max: 20 * 480 }), minute, (startMinute, minutes, other) => {
        const from = new Date(startMinute * 60_000);
        expect(workingMinutesBetween(cal, from, addWorkingMinutes(cal, from, minutes))).toBe(minutes);
        const [x, y] = [startMinute, other].sort((p, q) => p - q).map((m) => new Date(m * 60_000)) as [Date, Date];
        // A whole minute between them: the counts are whole minutes, rounded down.
        const mid = new Date(Math.floor((x.getTime() + y.getTime()) / 2 / 60_000) * 60_000);
        expect(workingMinutesBetween(cal, x, mid) + workingMinutesBetween(cal, mid, y)).toBe(workingMinutesBetween(cal, x, y));
      }),
      { numRuns: 300 },
    );
  });

  it("lists every problem of the special ranges, named by their number and name", () => {
    const week = { 0: [], 1: [{ start: "09:00", end: "08:00" }], 2: [], 3: [], 4: [], 5: [], 6: [] };
    const result = validateCalendar({
      ...defaultCalendar(),
      special: [
        ramadan,
        { name: "Tumpang", from: "2026-03-01", to: "2026-03-05", week: ramadan.week },
        { name: " ", from: "2026-04-10", to: "2026-04-01", week },
        { name: "Salah", from: "2026-02-30", to: "2026-05-01", week: ramadan.week },
      ],
    });
    expect(result.ok ? [] : result.problems).toEqual([
      "Jam kerja khusus 2 (Tumpang): bertumpang tindih dengan jam kerja khusus 1 (2026-02-19 s.d. 2026-03-19)",
      "Jam kerja khusus 3: nama wajib diisi",
      "Jam kerja khusus 3: tanggal mulai 2026-04-10 harus tidak sesudah tanggal selesai 2026-04-01",
      "Jam kerja khusus 3: Hari 1: jam mulai 09:00 harus sebelum jam selesai 08:00",
      'Jam kerja khusus 4 (Salah): tanggal mulai "2026-02-30" bukan tanggal YYYY-MM-DD yang sah',
    ]);
    expect(validateCalendar(cal)).toMatchObject({ ok: true });
  });

  it("a calendar without special hours and one with an empty list answer alike", () => {
    const plain = defaultCalendar();
    const empty: WorkingCalendar = { ...defaultCalendar(), special: [] };
    expect(addWorkingMinutes(empty, wib("2026-02-19T15:00"), 90)).toEqual(addWorkingMinutes(plain, wib("2026-02-19T15:00"), 90));
  });
});

describe("a dated change of the usual week (berlaku mulai)", () => {
  const shorter = [{ start: "07:30", end: "15:00" }];
  const fridayBreak = [
    { start: "07:30", end: "11:30" },
    { start: "13:30", end: "15:00" },
  ];
  const from2027 = { from: "2027-01-04", note: "Peraturan Bupati", week: { 0: [], 1: shorter, 2: shorter, 3: shorter, 4: shorter, 5: fridayBreak, 6: [] } };
  const saturdays = { from: "2027-07-01", week: { ...from2027.week, 6: [{ start: "08:00", end: "12:00" }] } };
  const ramadan = { name: "Ramadan 1448 H", from: "2027-02-08", to: "2027-03-09", week: { 0: [], 1: [{ start: "08:00", end: "14:00" }], 2: [], 3: [], 4: [], 5: [], 6: [] } };
  const cal: WorkingCalendar = { ...defaultCalendar(["2027-01-01"]), weekChanges: [from2027, saturdays], special: [ramadan] };
  const day = (iso: string) => workingMinutesBetween(cal, wib(`${iso}T00:00`), new Date(wib(`${iso}T00:00`).getTime() + 86_400_000));

  it.each([
    ["2026-12-31", "Kamis sebelum perubahan: jam lama 08.00–16.00", 480],
    ["2027-01-01", "hari libur tetap libur", 0],
    ["2027-01-04", "Senin, hari pertama jam baru 07.30–15.00", 450],
    ["2027-01-08", "Jumat dengan istirahat", 330],
    ["2027-01-09", "Sabtu belum hari kerja", 0],
    ["2027-02-08", "Senin dalam Ramadan: jam khusus mendahului perubahan", 360],
    ["2027-02-09", "Selasa dalam Ramadan: libur menurut jam khusus", 0],
    ["2027-03-15", "Senin sesudah Ramadan: jam baru lagi", 450],
    ["2027-07-03", "Sabtu sesudah perubahan kedua: 08.00–12.00", 240],
  ])("%s (%s): %i menit kerja", (iso, _why, minutes) => {
    expect(day(iso)).toBe(minutes);
  });

  it("carries a due time from the old week into the new one", () => {
    // Thursday 31 Dec 15:00 + 2 h: 1 h until 16:00, 1 Jan is a holiday, Monday 4 Jan from 07:30.
    expect(addWorkingMinutes(cal, wib("2026-12-31T15:00"), 120).toISOString()).toBe(wib("2027-01-04T08:30").toISOString());
  });

  it("a change leaves the days before it as they were", () => {
    const before = defaultCalendar(["2027-01-01"]);
    const from = wib("2026-11-02T08:00");
    const to = wib("2027-01-04T00:00");
    expect(workingMinutesBetween(cal, from, to)).toBe(workingMinutesBetween(before, from, to));
  });

  it("stays the inverse of addWorkingMinutes across the change", () => {
    const minute = fc.integer({ min: Date.UTC(2026, 11, 1) / 60_000, max: Date.UTC(2027, 7, 1) / 60_000 });
    fc.assert(
      fc.property(minute, fc.integer({ min: 0, max: 30 * 480 }), (startMinute, minutes) => {
        const from = new Date(startMinute * 60_000);
        expect(workingMinutesBetween(cal, from, addWorkingMinutes(cal, from, minutes))).toBe(minutes);
      }),
      { numRuns: 300 },
    );
  });

  it("names the week in force on a date", () => {
    expect(usualWeekOn(cal, "2027-01-03")).toBe(cal.week);
    expect(usualWeekOn(cal, "2027-01-04")).toBe(from2027.week);
    expect(usualWeekOn(cal, "2027-12-31")).toBe(saturdays.week);
  });

  it("lists every problem of the dated weeks", () => {
    const none = { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] };
    const result = validateCalendar({
      ...defaultCalendar(),
      weekChanges: [from2027, { from: "2027-01-04", week: from2027.week }, { from: "2027-02-30", week: none }, { from: "2027-03-01", week: { ...none, 2: [{ start: "10:00", end: "09:00" }] } }],
    });
    expect(result.ok ? [] : result.problems).toEqual([
      "Jam kerja mulai 2027-01-04: harus sesudah perubahan sebelumnya (2027-01-04)",
      'Perubahan jam kerja 3: tanggal berlaku "2027-02-30" bukan tanggal YYYY-MM-DD yang sah',
      "Jam kerja mulai 2027-02-30: tidak ada jam kerja dalam seminggu",
      "Jam kerja mulai 2027-03-01: Hari 2: jam mulai 10:00 harus sebelum jam selesai 09:00",
    ]);
    expect(validateCalendar(cal)).toMatchObject({ ok: true });
  });
});

describe("calendar configuration", () => {
  it("defaults to Mon–Fri 08:00–16:00 in Asia/Jakarta with the given holidays", () => {
    expect(defaultCalendar(["2025-08-17"])).toEqual({
      timeZone: "Asia/Jakarta",
      week: {
        0: [],
        1: [{ start: "08:00", end: "16:00" }],
        2: [{ start: "08:00", end: "16:00" }],
        3: [{ start: "08:00", end: "16:00" }],
        4: [{ start: "08:00", end: "16:00" }],
        5: [{ start: "08:00", end: "16:00" }],
        6: [],
      },
      holidays: ["2025-08-17"],
    });
  });

  it("lists every problem of a bad calendar", () => {
    const bad = {
      timeZone: "Asia/Atlantis",
      week: { 0: [], 1: [{ start: "8:00", end: "16:00" }], 2: [{ start: "16:00", end: "08:00" }], 3: [], 4: [], 5: [], 6: [] },
      holidays: ["2025-02-30", "17-08-2025"],
    };
    const result = validateCalendar(bad);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      'Zona waktu "Asia/Atlantis" tidak dikenal',
      'Hari 1: jam "8:00"–"16:00" harus berformat HH:MM',
      "Hari 2: jam mulai 16:00 harus sebelum jam selesai 08:00",
      'Hari libur "2025-02-30" bukan tanggal YYYY-MM-DD yang sah',
      'Hari libur "17-08-2025" bukan tanggal YYYY-MM-DD yang sah',
    ]);
    expect(() => addWorkingMinutes(bad as WorkingCalendar, new Date(), 1)).toThrow(/Kalender kerja tidak sah/);
  });

  it("refuses a calendar with no working hours, and one that is not a calendar", () => {
    const idle = { ...defaultCalendar(), week: { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] } };
    expect(validateCalendar(idle)).toEqual({ ok: false, problems: ["Tidak ada jam kerja dalam seminggu"] });
    expect(validateCalendar({ timeZone: 7 })).toMatchObject({ ok: false });
    expect(validateCalendar(defaultCalendar())).toMatchObject({ ok: true });
  });

  it("stops rather than spin when holidays swallow years of working days", () => {
    const mondaysOnly: WorkingCalendar = { ...defaultCalendar(), week: { 0: [], 1: [{ start: "08:00", end: "16:00" }], 2: [], 3: [], 4: [], 5: [], 6: [] } };
    const holidays: string[] = [];
    for (let day = Date.UTC(2025, 0, 6); day < Date.UTC(2031, 0, 1); day += 7 * 86_400_000) holidays.push(new Date(day).toISOString().slice(0, 10));
    expect(() => addWorkingMinutes({ ...mondaysOnly, holidays }, wib("2025-01-06T08:00"), 1)).toThrow(/5 tahun/);
  });
});

describe("calendar reuse", () => {
  it("gives the same answers for an equal calendar built afresh, whatever the holiday order", () => {
    const first = defaultCalendar(["2025-04-01", "2025-03-31"]);
    const again = defaultCalendar(["2025-03-31", "2025-04-01"]);
    const start = wib("2025-03-28T15:30");
    expect(addWorkingMinutes(again, start, 60)).toEqual(addWorkingMinutes(first, start, 60));
  });

  it("keeps working when many different calendars pass through", () => {
    for (let i = 0; i < 40; i += 1) {
      const cal = defaultCalendar([`2025-03-${String(10 + (i % 18)).padStart(2, "0")}`, `2026-01-${String(1 + (i % 28)).padStart(2, "0")}`]);
      expect(workingMinutesBetween(cal, wib("2025-03-03T08:00"), wib("2025-03-03T09:00"))).toBe(60);
    }
  });
});

describe("performance", () => {
  it("handles many calls quickly (cached days, no minute-by-minute loops)", () => {
    const cal = defaultCalendar(["2025-03-31", "2025-04-01"]);
    const base = Date.UTC(2025, 0, 1);
    const started = performance.now();
    let sink = 0;
    for (let i = 0; i < 100_000; i += 1) {
      const start = new Date(base + ((i * 7_919) % (365 * 1440)) * 60_000);
      const due = addWorkingMinutes(cal, start, (i % 5) * 240);
      sink += workingMinutesBetween(cal, start, due);
    }
    expect(sink).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("local date and time in the office's zone", () => {
  it("turns what the inspector typed into the instant they meant, and back", async () => {
    const { localDateTimeToInstant } = await import("./zoned-clock");
    const { localIsoDate } = await import("../stats/period");
    expect(localDateTimeToInstant("Asia/Jakarta", "2026-11-27", "09:30").toISOString()).toBe("2026-11-27T02:30:00.000Z");
    expect(localDateTimeToInstant("Asia/Jayapura", "2026-11-27", "00:15").toISOString()).toBe("2026-11-26T15:15:00.000Z");
    expect(localIsoDate(new Date("2026-11-30T17:30:00Z"), "Asia/Jakarta")).toBe("2026-12-01");
    expect(localIsoDate(new Date("2026-11-30T16:30:00Z"), "Asia/Jakarta")).toBe("2026-11-30");
  });
});
