import type { Report } from "@/lib/report";
import { MomentList } from "./moment-list";

/** What only one of the two noticed: the heart of the contrast. */
export function BlindSpots({ blindSpots, interviewer, buddy }: { blindSpots: Report["blindSpots"]; interviewer: string; buddy: string }) {
  return (
    <section className="report-section" aria-labelledby="blind-spots-heading">
      <h2 id="blind-spots-heading">Blind spots</h2>
      <p className="muted">Moments one of you tagged and the other left untagged in that practice. Times open the room there.</p>
      <div className="two-columns">
        <div>
          <h3>Only {buddy} (buddy) flagged <span className="count">{blindSpots.onlyBuddy.length}</span></h3>
          <MomentList moments={blindSpots.onlyBuddy} empty={`Nothing that only ${buddy} saw.`} testId="blind-spots-buddy" />
        </div>
        <div>
          <h3>Only {interviewer} (interviewer) flagged <span className="count">{blindSpots.onlyInterviewer.length}</span></h3>
          <MomentList moments={blindSpots.onlyInterviewer} empty={`Nothing that only ${interviewer} saw.`} testId="blind-spots-interviewer" />
        </div>
      </div>
    </section>
  );
}
