"use client";

import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";

interface Person {
  id: string;
  name: string;
  color: string;
}

/** Everyone whose browser is in this room now, one entry per person however many tabs they have. */
export function PresenceList({ provider, selfId }: { provider: WebsocketProvider; selfId: string }) {
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    const update = () => {
      const byId = new Map<string, Person>();
      for (const state of provider.awareness.getStates().values()) {
        const user = state.user as Person | undefined;
        if (user?.id) byId.set(user.id, user);
      }
      setPeople([...byId.values()].sort((a, b) => a.name.localeCompare(b.name)));
    };
    update();
    provider.awareness.on("change", update);
    return () => provider.awareness.off("change", update);
  }, [provider]);
  return (
    <ul className="presence" data-testid="presence">
      {people.map((person) => (
        <li key={person.id}>
          <span className="dot" style={{ background: person.color }} />
          {person.name}
          {person.id === selfId && <span className="muted"> (you)</span>}
        </li>
      ))}
    </ul>
  );
}
