// Public surface of the agreement core. Plain TypeScript: safe to import from server, CLI and browser.
export type { AgreementSummary, Cell, Coefficient, Level, ReliabilityData, Value } from "./types";
export { defined, notDefined } from "./types";
export { percentAgreement } from "./percent-agreement";
export { cohensKappa } from "./cohens-kappa";
export { krippendorffAlpha } from "./krippendorff-alpha";
export { gwetAC1, type GwetOptions } from "./gwet-ac1";
export { computeAgreement, MIN_UNITS, type ComputeAgreementOptions } from "./compute-agreement";
export type { AlignOptions, AlignedTag, MappingMethod, Tag, TagAnchor, Unit } from "./tag-types";
export { DEFAULT_REACTION_LAG_MS, DEFAULT_TOLERANCE_MS } from "./tag-types";
export { withCharOffsets } from "./char-offsets";
export { buildUnitTimeline, locateUnit, unitsNear, type UnitTimeline } from "./unit-timeline";
export { mapTagToUnits } from "./map-tag-to-units";
export { fillTimings, type LooseTimes, type Timed } from "./fill-timings";
export { createLiveTagPlacer, placeLiveTag, toTranscriptMs, type LivePlacement, type LiveTagPlacer } from "./place-live-tag";
export { alignTags } from "./align-tags";
export { buildLabelMatrix, buildPresenceMatrix, NO_CODE } from "./build-unit-matrix";
export { computeAlignedAgreement, computeTagAgreement, type TagAgreement, type TagAgreementOptions } from "./compute-tag-agreement";
export { parseReliabilityFile, type ReliabilityFile } from "./parse-reliability-file";
