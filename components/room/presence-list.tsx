"use client";

import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";
import type { ParticipantRole } from "@/lib/interviews/roles";

interface Person {
  id: string;
  name: string;
  color: string;
}

/** Everyone whose browser is in this room now, with their role; one entry per person however many tabs. */
export function PresenceList(props: {
  provider: WebsocketProvider;
  selfId: string;
  participants: { userId: string; role: ParticipantRole }[];
}) {
  const { provider, selfId, participants } = props;
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
  const roleOf = new Map(participants.map((p) => [p.userId, p.role]));
  return (
    <ul className="presence" data-testid="presence">
      {people.map((person) => (
        <li key={person.id}>
          <span className="dot" style={{ background: person.color }} />
          {person.name}
          <span className="muted small">
            {roleOf.get(person.id) ?? "member"}
            {person.id === selfId && " · you"}
          </span>
        </li>
      ))}
    </ul>
  );
}
