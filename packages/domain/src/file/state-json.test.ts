import { describe, expect, it } from "vitest";
import { SOP_SIK_PEREKAM_MEDIS as SOP } from "../sop/sik-perekam-medis";
import { ISSUED_PATH_MOVES, play } from "../testing.test-helpers";
import { eventFromJSON, eventToJSON, stateFromJSON, stateToJSON } from "./state-json";

describe("state and events as JSON", () => {
  const run = play(SOP, ISSUED_PATH_MOVES);

  it("round-trips a state through the database column", () => {
    const json = stateToJSON(run.state);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect((json as { stepStartedAt: unknown }).stepStartedAt).toBe(run.state.stepStartedAt.toISOString());
    expect(stateFromJSON(JSON.parse(JSON.stringify(json)))).toEqual(run.state);
  });

  it("round-trips every event", () => {
    for (const event of run.events) expect(eventFromJSON(JSON.parse(JSON.stringify(eventToJSON(event))))).toEqual(event);
  });

  it("keeps the numbers of any agenda book a definition names, not only the first wave's two", () => {
    const json = stateToJSON({ ...run.state, numbered: ["BUKU-IZIN-REKLAME", "OUTGOING_LETTER"] });
    expect(stateFromJSON(JSON.parse(JSON.stringify(json))).numbered).toEqual(["BUKU-IZIN-REKLAME", "OUTGOING_LETTER"]);
    expect(() => stateFromJSON({ ...(json as object), numbered: [""] })).toThrow();
  });

  it("refuses what is not a stored state", () => {
    const json = stateToJSON(run.state) as Record<string, unknown>;
    expect(() => stateFromJSON({ ...json, status: "LOST" })).toThrow();
    expect(() => stateFromJSON({ ...json, updatedAt: "kemarin" })).toThrow();
    expect(() => stateFromJSON(null)).toThrow();
    expect(() => eventFromJSON({ action: "COMPLETE" })).toThrow();
  });
});
