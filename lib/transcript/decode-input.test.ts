// Encodings: BOMs of UTF-8/16/32, BOM-less UTF-16, Windows-1252 fallback.
import { describe, expect, it } from "vitest";
import { decodeInput, detectEncoding } from "./decode-input";
import { parseOk } from "./test-helpers";

const SRT = "1\r\n00:00:01,000 --> 00:00:02,000\r\n>> ZOË: Ça va? 👋\r\n";

function encode(text: string, encoding: string, bom: boolean): Uint8Array {
  const cps = [...text].map((c) => c.codePointAt(0) as number);
  if (bom) cps.unshift(0xfeff);
  if (encoding === "utf-8") return new TextEncoder().encode((bom ? "\ufeff" : "") + text);
  if (encoding.startsWith("utf-32")) {
    const out = new DataView(new ArrayBuffer(cps.length * 4));
    cps.forEach((cp, i) => out.setUint32(i * 4, cp, encoding === "utf-32le"));
    return new Uint8Array(out.buffer);
  }
  const units: number[] = [];
  for (const ch of (bom ? "\ufeff" : "") + text) for (let i = 0; i < ch.length; i++) units.push(ch.charCodeAt(i));
  const out = new DataView(new ArrayBuffer(units.length * 2));
  units.forEach((u, i) => out.setUint16(i * 2, u, encoding === "utf-16le"));
  return new Uint8Array(out.buffer);
}

describe("decodeInput", () => {
  it.each(["utf-8", "utf-16le", "utf-16be", "utf-32le", "utf-32be"])("reads %s with a BOM, BOM removed", (encoding) => {
    const bytes = encode(SRT, encoding, true);
    expect(detectEncoding(bytes)).toBe(encoding);
    const decoded = decodeInput(bytes);
    expect(decoded).toEqual({ ok: true, text: SRT, encoding });
    expect(parseOk(bytes).utterances[0]).toMatchObject({ speaker: "ZOË", text: "Ça va? 👋" });
  });

  it.each(["utf-16le", "utf-16be"])("sniffs BOM-less %s from its zero bytes", (encoding) => {
    expect(decodeInput(encode(SRT, encoding, false))).toEqual({ ok: true, text: SRT, encoding });
  });

  it("falls back to Windows-1252 for invalid UTF-8 outside WebVTT, and warns", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("1\n00:00:01,000 --> 00:00:02,000\nCaf"), 0xe9, 0x0a]);
    expect(decodeInput(bytes)).toMatchObject({ ok: true, text: "1\n00:00:01,000 --> 00:00:02,000\nCafé\n", encoding: "windows-1252" });
    const r = parseOk(bytes);
    expect(r.utterances[0].text).toBe("Café");
    expect(r.warnings[0].message).toMatch(/not valid UTF-8; it was read as Windows-1252/);
  });

  it("keeps WebVTT as UTF-8 with U+FFFD replacement, as the spec says", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("WEBVTT\n\n00:00.000 --> 00:01.000\nCaf"), 0xe9, 0x0a]);
    expect(decodeInput(bytes)).toMatchObject({ ok: true, encoding: "utf-8" });
    expect(parseOk(bytes).utterances[0].text).toBe("Caf\ufffd");
  });

  it("strips a BOM from string input too", () => {
    expect(decodeInput("\ufeffWEBVTT")).toEqual({ ok: true, text: "WEBVTT", encoding: "utf-16" });
  });
});
