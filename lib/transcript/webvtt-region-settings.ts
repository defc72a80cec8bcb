// WebVTT region definitions ("REGION" blocks). The base library has no region
// support, so this follows the W3C "collect WebVTT region settings" steps.
import type { CaptionRegion } from "./types";

const PERCENT = /^\d+(?:\.\d+)?%$/;

export function defaultRegion(): CaptionRegion {
  return { id: "", width: 100, lines: 3, regionAnchorX: 0, regionAnchorY: 100, viewportAnchorX: 0, viewportAnchorY: 100, scroll: "" };
}

/** Spec "parse a percentage string": digits, optional fraction, "%", 0..100. */
export function parsePercentage(value: string): number | undefined {
  if (!PERCENT.test(value)) return undefined;
  const n = Number.parseFloat(value);
  return n >= 0 && n <= 100 ? n : undefined;
}

function parseAnchor(value: string): [number, number] | undefined {
  const comma = value.indexOf(",");
  if (comma < 0) return undefined;
  const x = parsePercentage(value.slice(0, comma));
  const y = parsePercentage(value.slice(comma + 1));
  return x === undefined || y === undefined ? undefined : [x, y];
}

export function parseRegionSettings(input: string): CaptionRegion {
  const region = defaultRegion();
  for (const setting of input.split(/[\t\n\f\r ]+/)) {
    const colon = setting.indexOf(":");
    // Settings without a name or value are skipped, per spec.
    if (colon <= 0 || colon === setting.length - 1) continue;
    const name = setting.slice(0, colon);
    const value = setting.slice(colon + 1);
    if (name === "id") region.id = value;
    else if (name === "width") region.width = parsePercentage(value) ?? region.width;
    else if (name === "lines") {
      if (/^\d+$/.test(value)) region.lines = Number(value);
    } else if (name === "regionanchor" || name === "viewportanchor") {
      const anchor = parseAnchor(value);
      if (!anchor) continue;
      if (name === "regionanchor") [region.regionAnchorX, region.regionAnchorY] = anchor;
      else [region.viewportAnchorX, region.viewportAnchorY] = anchor;
    } else if (name === "scroll" && value === "up") region.scroll = "up";
  }
  return region;
}
