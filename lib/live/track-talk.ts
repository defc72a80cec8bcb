import type * as Y from "yjs";
import { createVoiceActivity } from "../capture/voice-activity";
import { appendTalkSegment, setOpenTalk, setRecorder } from "./talk-time-doc";

/**
 * The recorder's side of talk time: each channel's levels through its own
 * voice activity, closed turns appended to the live document as they end, the
 * open ones reported once a second of call time, who is recording named.
 */
export function trackTalk(options: { doc: Y.Doc; recorderName: string; startCallMs: number; hasCallChannel: boolean }) {
  const { doc } = options;
  const vads = { interviewer: createVoiceActivity(), customer: createVoiceActivity() };
  let lastOpenReport = options.startCallMs;
  setRecorder(doc, options.recorderName);
  setOpenTalk(doc, { interviewer: null, customer: null }, options.startCallMs);
  return {
    /** One level frame, at call time `atMs`: `left` the microphone's RMS, `right` the call's. */
    push(atMs: number, left: number, right: number): void {
      const closed = { interviewer: vads.interviewer.push(left, atMs), customer: options.hasCallChannel ? vads.customer.push(right, atMs) : null };
      for (const speaker of ["interviewer", "customer"] as const) {
        const segment = closed[speaker];
        if (segment) appendTalkSegment(doc, { speaker, ...segment });
      }
      if (atMs - lastOpenReport >= 1000) {
        lastOpenReport = atMs;
        setOpenTalk(doc, { interviewer: vads.interviewer.openSince(), customer: vads.customer.openSince() }, atMs);
      }
    },
    /** Recording stopped at call time `endMs`: open turns close, nobody is recording. */
    stop(endMs: number): void {
      for (const speaker of ["interviewer", "customer"] as const) {
        const segment = vads[speaker].flush(endMs);
        if (segment) appendTalkSegment(doc, { speaker, ...segment });
      }
      setOpenTalk(doc, { interviewer: null, customer: null }, endMs);
      setRecorder(doc, null);
    },
  };
}
