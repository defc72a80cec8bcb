import { mapTagToUnits } from "./map-tag-to-units";
import { DEFAULT_REACTION_LAG_MS, DEFAULT_TOLERANCE_MS, type AlignOptions, type AlignedTag, type Tag, type Unit } from "./tag-types";
import { buildUnitTimeline, unitsNear } from "./unit-timeline";

/**
 * Maps every tag onto transcript units, then lets live (time) tags move to a nearby unit where
 * another person tagged the same moment, so two key presses a few seconds apart count as one
 * shared observation instead of two blind spots.
 *
 * A live tag moves only if nobody else tagged its own unit with the same code, and only to a
 * unit within the tolerance window where someone else has the same code (preferred) or, failing
 * that, another code of the same step (a disagreement about the same moment). It never moves
 * onto a unit where its author already has that code, so one press cannot absorb two.
 * Span tags never move: a selected sentence is already exact.
 */
export function alignTags<T extends Tag>(tags: ReadonlyArray<T>, units: ReadonlyArray<Unit>, options: AlignOptions = {}): AlignedTag<T>[] {
  const lag = options.reactionLagMs ?? DEFAULT_REACTION_LAG_MS;
  const tolerance = options.toleranceMs ?? DEFAULT_TOLERANCE_MS;
  const timeline = buildUnitTimeline(units);
  const aligned = tags.map((tag) => mapTagToUnits(tag, timeline, lag));

  const atUnit = new Map<string, AlignedTag<T>[]>();
  const place = (a: AlignedTag<T>) => {
    for (const id of a.unitIds) {
      const list = atUnit.get(id);
      if (list) list.push(a);
      else atUnit.set(id, [a]);
    }
  };
  aligned.forEach(place);

  // Earliest first, so the outcome does not depend on the order tags were stored in.
  const live = aligned
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => a.method === "time")
    .sort((x, y) => x.a.refMs! - y.a.refMs! || x.i - y.i);

  for (const { a } of live) {
    const { author, code, step } = a.tag;
    const here = a.unitIds[0];
    const othersHere = (atUnit.get(here) ?? []).filter((o) => o.tag.author !== author);
    if (othersHere.some((o) => o.tag.code === code)) continue;
    const near = unitsNear(timeline, a.refMs!, tolerance).map((i) => timeline.units[i].id).filter((id) => id !== here);
    const free = (id: string, same: (t: Tag) => boolean) => {
      const list = atUnit.get(id) ?? [];
      return list.some((o) => o.tag.author !== author && same(o.tag)) && !list.some((o) => o.tag.author === author && same(o.tag));
    };
    let target = near.find((id) => free(id, (t) => t.code === code));
    if (!target && !othersHere.some((o) => o.tag.step === step)) target = near.find((id) => free(id, (t) => t.step === step));
    if (!target) continue;
    const list = atUnit.get(here)!;
    list.splice(list.indexOf(a), 1);
    a.unitIds = [target];
    a.method = "time-window";
    place(a);
  }
  return aligned;
}
