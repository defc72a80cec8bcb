import type { UpgradeRefusal } from "../../lib/collab/protocol";
import type { DocumentStorage } from "../persistence";
import type { RedisFanout } from "../redis-fanout";
import type { RoomHooks } from "../room";
import type { Connection, SyncExtension, UpgradeContext } from "./types";

/** The list of extensions as one: each hook calls every extension that has it, in list order. */
export function combineExtensions(extensions: SyncExtension[]) {
  const having = <K extends keyof SyncExtension>(key: K) => extensions.filter((e) => e[key] !== undefined);
  const storages = having("storage");
  if (storages.length !== 1) throw new Error(`exactly one extension must store documents (found ${storages.length})`);
  const fanouts = having("fanout");
  if (fanouts.length > 1) throw new Error("at most one extension may relay to other nodes");
  // Resolved once: the hot path (every update, every awareness change) walks short arrays.
  const onUpgrade = having("onUpgrade");
  const onRefused = having("onRefused");
  const onConnect = having("onConnect");
  const onDisconnect = having("onDisconnect");
  const onServerClosed = having("onServerClosed");
  const onUpdate = having("onUpdate");
  const onReadOnlyUpdate = having("onReadOnlyUpdate");
  const onRefusedMessage = having("onRefusedMessage");
  const transformAwareness = having("transformAwareness");
  const onClose = having("onClose");

  const hooks: RoomHooks & {
    storage: DocumentStorage;
    fanout: RedisFanout | undefined;
    ready: Promise<void>;
    onUpgrade(upgrade: UpgradeContext): Promise<UpgradeRefusal | undefined>;
    onRefused(upgrade: UpgradeContext, refusal: UpgradeRefusal, error?: unknown): void;
    onConnect(connection: Connection): void;
    onDisconnect(connection: Connection, code: number): void;
    onServerClosed(connection: Pick<Connection, "principal">, reason: string): void;
    onClose(): Promise<void>;
  } = {
    storage: storages[0].storage!,
    fanout: fanouts[0]?.fanout,
    ready: Promise.all(extensions.map((e) => e.ready)).then(() => undefined),
    async onUpgrade(upgrade) {
      for (const extension of onUpgrade) {
        const refusal = await extension.onUpgrade!(upgrade);
        if (refusal) return refusal;
      }
      return undefined;
    },
    onRefused: (upgrade, refusal, error) => onRefused.forEach((e) => e.onRefused!(upgrade, refusal, error)),
    onConnect: (connection) => onConnect.forEach((e) => e.onConnect!(connection)),
    onDisconnect: (connection, code) => onDisconnect.forEach((e) => e.onDisconnect!(connection, code)),
    onServerClosed: (connection, reason) => onServerClosed.forEach((e) => e.onServerClosed!(connection, reason)),
    onUpdate: (room) => onUpdate.forEach((e) => e.onUpdate!(room)),
    onReadOnlyUpdate: (room) => onReadOnlyUpdate.forEach((e) => e.onReadOnlyUpdate!(room)),
    onRefusedMessage: (room, reason, error) => onRefusedMessage.forEach((e) => e.onRefusedMessage!(room, reason, error)),
    transformAwareness(room, update) {
      let result = { update, revived: [] as number[] };
      for (const extension of transformAwareness) {
        const next = extension.transformAwareness!(room, result.update);
        result = { update: next.update, revived: [...result.revived, ...next.revived] };
      }
      return result;
    },
    async onClose() {
      for (const extension of onClose) await extension.onClose!();
    },
  };
  return hooks;
}
