import { formatMinutes, formatPercent } from "./format";
import { num, td } from "./table-frame";

/** Median, 90th percentile and share on time of the finished stays: the same three cells per step and per role. */
export function TimingCells({ figures }: { figures: { medianMinutes: number | null; p90Minutes: number | null; onTimeShare: number | null } }) {
  return (
    <>
      <td className={`${td} ${num}`}>{formatMinutes(figures.medianMinutes)}</td>
      <td className={`${td} ${num}`}>{formatMinutes(figures.p90Minutes)}</td>
      <td className={`${td} ${num}`}>{formatPercent(figures.onTimeShare)}</td>
    </>
  );
}
