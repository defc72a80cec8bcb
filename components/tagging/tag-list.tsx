"use client";

import { useState } from "react";
import { DEFAULT_CODEBOOK } from "@/lib/codebook/default-codebook";
import { formatClock } from "@/lib/collab/utterance-node";
import type { WorkspaceCode } from "@/lib/codebook/server/list-workspace-codes";
import type { TagPatch } from "@/lib/tags/tags-document";
import { TagEditor } from "./tag-editor";
import type { TagLayer } from "./tag-layer";
import type { ViewTag } from "./use-tag-view";

export interface TagFilters {
  hiddenPeople: Set<string>;
  hiddenSteps: Set<number>;
}

export function isTagShown(tag: ViewTag, filters: TagFilters): boolean {
  return !filters.hiddenPeople.has(tag.layer.userId) && !filters.hiddenSteps.has(tag.step);
}

/** Tags beside the transcript, filterable by person and step; click to jump to the moment. */
export function TagList(props: {
  tags: ViewTag[];
  layers: TagLayer[];
  filters: TagFilters;
  onFiltersChange: (filters: TagFilters) => void;
  onSelect: (tag: ViewTag) => void;
  onDelete: (tag: ViewTag) => void;
  onUpdate: (tag: ViewTag, patch: TagPatch) => void;
  codes: WorkspaceCode[];
  hiddenNote: string | null;
}) {
  const { tags, layers, filters, onFiltersChange } = props;
  const [isOpen, setOpen] = useState(true);
  const [editingId, setEditingId] = useState<string | null>(null);
  const toggle = <T,>(set: Set<T>, value: T) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };
  const shown = tags.filter((t) => isTagShown(t, filters)).sort((a, b) => (a.atMs ?? 0) - (b.atMs ?? 0));
  return (
    <section className="card tag-list" aria-label="Tags" data-testid="tag-list">
      <div className="card-header">
        <h2>Tags ({shown.length})</h2>
        <button type="button" className="link-button" onClick={() => setOpen(!isOpen)}>{isOpen ? "Hide" : "Show"}</button>
      </div>
      {isOpen && (
        <>
          <div className="filters">
            {layers.map((layer) => (
              <label key={layer.userId} className="filter">
                <input
                  type="checkbox"
                  checked={!filters.hiddenPeople.has(layer.userId)}
                  onChange={() => onFiltersChange({ ...filters, hiddenPeople: toggle(filters.hiddenPeople, layer.userId) })}
                />
                {layer.isMine ? "Mine" : layer.name} {layer.role && <span className="muted">({layer.role})</span>}
              </label>
            ))}
            {DEFAULT_CODEBOOK.steps.map((step) => (
              <label key={step.id} className="filter">
                <input
                  type="checkbox"
                  checked={!filters.hiddenSteps.has(step.id)}
                  onChange={() => onFiltersChange({ ...filters, hiddenSteps: toggle(filters.hiddenSteps, step.id) })}
                />
                Step {step.id}
              </label>
            ))}
          </div>
          {props.hiddenNote && <p className="muted small" data-testid="blind-note">{props.hiddenNote}</p>}
          <ul>
            {shown.map((tag) => (
              <li key={`${tag.layer.userId}-${tag.id}`} className="tag-item" style={{ borderLeftColor: tag.color }} data-author={tag.layer.isMine ? "me" : tag.layer.name}>
                <button type="button" className="tag-jump" onClick={() => props.onSelect(tag)}>
                  <span className="tag-code">{tag.polarity} {tag.label}</span>
                  <span className="muted small">
                    {tag.layer.isMine ? "you" : tag.layer.name} · {tag.atMs == null ? "no time" : formatClock(tag.atMs)}
                    {tag.anchor.kind === "time" ? " · live" : ""}
                  </span>
                  {tag.anchor.kind === "span" && <q className="small">{tag.anchor.quote}</q>}
                  {tag.note && <span className="small">{tag.note}</span>}
                </button>
                {tag.layer.isMine && editingId === tag.id && (
                  <TagEditor
                    tag={tag}
                    codes={props.codes}
                    onSave={(patch) => {
                      props.onUpdate(tag, patch);
                      setEditingId(null);
                    }}
                    onCancel={() => setEditingId(null)}
                  />
                )}
                {tag.layer.isMine && editingId !== tag.id && (
                  <span className="tag-actions">
                    <button type="button" className="link-button small" aria-label={`Edit ${tag.label} tag`} onClick={() => setEditingId(tag.id)}>
                      Edit
                    </button>
                    <button type="button" className="link-button small" aria-label={`Delete ${tag.label} tag`} onClick={() => props.onDelete(tag)}>
                      Delete
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
