import { describe, expect, it } from "vitest";
import { analyzeTranscript } from "../analyze-transcript";
import { findQuestions } from "../questions/find-questions";
import { script } from "../test-helpers";
import { codeQuestions, QUESTION_CODER } from "./code-questions";
import { customerReplyAfter } from "./customer-reply-after";
import { describeFeature } from "./describe-feature";

const code = (text: string) => codeQuestions([text], findQuestions([text]))[0];
const kinds = (text: string) => code(text).map((q) => q.kind);

// My own examples in the forms real speech takes (not from the data set).
describe("learned question coder (shipped model)", () => {
  it.each([
    ["Wh-what do you think about that?", "open"],
    ["I'm wondering if you can tell me a little bit about how that happened?", "open"],
    ["Walk me through the last time you planned a route.", "open"],
    ["So you've been doing this for six years and the report keeps breaking. What do you do when it breaks?", "open"],
    ["Do you use Excel?", "closed"],
    ["Do you- do you use the, um, the app every day or--", "closed"],
  ])("%s -> %s", (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it("finds no question in backchannels and statements", () => {
    for (const t of ["Mm-hmm.", "Okay.", "Right, that makes sense.", "Thanks for coming in today."]) expect(code(t)).toEqual([]);
  });

  it("keeps leading as the rules' refinement of closed, with the rule's reason", () => {
    const [q] = code("Wouldn't it be easier if it synced?");
    expect(q.kind).toBe("leading");
    expect(q.rule).toMatch(/^leading\./);
  });

  it("codes each of several questions in a turn and locates them", () => {
    const text = "What happens then? Do you email it?";
    const qs = code(text);
    expect(qs.map((q) => q.kind)).toEqual(["open", "closed"]);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it("says which features decided, in plain words", () => {
    const [q] = code("Wh-what do you think about that?");
    expect(q.rule).toBe("learned.open");
    expect(q.reason).toMatch(/^coded open as the expert coders would \(\d+%\): .*“what”/);
  });

  it("reads the customer's reply where there is one, in a transcript as in codeQuestions, and says so", () => {
    const text = "How often?";
    const long = "Well, it depends, some weeks I do it every day and other weeks not at all, depending on the orders.";
    expect(kinds(text)).toEqual(["closed"]);
    expect(codeQuestions([text], findQuestions([text]), [null])[0].map((q) => q.kind)).toEqual(["closed"]);
    const [q] = codeQuestions([text], findQuestions([text]), [long])[0];
    expect(q.kind).toBe("open");
    expect(q.reason).toMatch(/the customer answered “well…”/);
    const u = script([
      ["interviewer", 0, 2, text],
      ["customer", 2, 12, long],
      ["interviewer", 12, 14, text],
      ["interviewer", 14, 16, "Okay."],
    ]);
    expect(analyzeTranscript({ utterances: u }).questions.items.map((i) => [i.location.utteranceIndex, i.kind])).toEqual([[0, "open"], [2, "closed"]]);
  });

  it("takes the reply to be the next utterance, if the customer's", () => {
    const turns = [false, true, false, false, true].map((isCustomer) => ({ isCustomer }));
    expect([0, 2, 3, 4].map((k) => customerReplyAfter(turns, k))).toEqual([1, null, 4, null]);
  });

  it("says the reply's features in plain words", () => {
    expect(describeFeature("reply-len:>20")).toBe("the customer answered at length");
    expect(describeFeature("reply1:yes")).toBe("the customer answered “yes…”");
    expect(describeFeature("reply2:well i")).toBe("the customer answered “well I…”");
    expect(describeFeature("reply:none")).toBe("the customer did not answer next");
  });

  it("ships its cross-validated figures with the model", () => {
    expect(QUESTION_CODER.crossValidated.folds).toBe(5);
    expect(QUESTION_CODER.crossValidated.kappa).toBeGreaterThan(QUESTION_CODER.crossValidated.rulesKappa);
  });
});
