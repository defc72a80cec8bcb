"use client";

import { usePathname, useRouter } from "next/navigation";
import { useId, useRef } from "react";
import type { InterviewListQuery } from "@/lib/workspaces/read-interview-list-query";

/**
 * Sort and filter for the interviews list, kept in the URL (?sort=…&state=…&q=…) so a view can
 * be shared and survives a reload. A plain GET form: it works before JavaScript; with it,
 * choices apply at once and typing applies after a pause.
 */
export function InterviewListControls({ query }: { query: InterviewListQuery }) {
  const router = useRouter();
  const pathname = usePathname();
  const form = useRef<HTMLFormElement>(null);
  const typing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const id = useId();
  const apply = () => {
    if (!form.current) return;
    const params = new URLSearchParams();
    const data = new FormData(form.current);
    const sort = String(data.get("sort") ?? "newest");
    const state = String(data.get("state") ?? "all");
    const q = String(data.get("q") ?? "").trim();
    if (sort !== "newest") params.set("sort", sort);
    if (state !== "all") params.set("state", state);
    if (q) params.set("q", q);
    const search = params.toString();
    router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
  };
  const applySoon = () => {
    if (typing.current) clearTimeout(typing.current);
    typing.current = setTimeout(apply, 300);
  };
  return (
    <form ref={form} method="get" className="interview-controls" role="search" aria-label="Sort and filter interviews" onSubmit={(event) => { event.preventDefault(); apply(); }}>
      <div>
        <label htmlFor={`${id}-q`}>Search</label>
        <input id={`${id}-q`} type="search" name="q" defaultValue={query.q} placeholder="Title, participant, person…" onChange={applySoon} />
      </div>
      <div>
        <label htmlFor={`${id}-state`}>State</label>
        <select id={`${id}-state`} name="state" defaultValue={query.state} onChange={apply}>
          <option value="all">All</option>
          <option value="live">Live</option>
          <option value="in review">In review</option>
          <option value="revealed">Revealed</option>
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select id={`${id}-sort`} name="sort" defaultValue={query.sort} onChange={apply}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="title">Title</option>
          <option value="state">State (live first)</option>
        </select>
      </div>
      <noscript><button type="submit">Apply</button></noscript>
    </form>
  );
}
