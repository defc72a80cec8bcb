import type { PGlite } from "@electric-sql/pglite";
import type { PGliteLike } from "./pglite-thread";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

type Query = { sql: string; args: unknown[]; argTypes?: { scalarType?: string }[] };
type Queryable = { queryRaw(q: Query): Promise<unknown>; executeRaw(q: Query): Promise<unknown> };

/**
 * pglite-prisma-adapter 0.6 predates Prisma 6.19's query compiler, which sends
 * Bytes arguments base64-encoded (tagged in argTypes); PGlite wants Uint8Array.
 * This wrapper decodes them, and is the only patch over the adapter.
 */
function decodeBytesArgs(query: Query): Query {
  if (!query.argTypes?.some((t) => t?.scalarType === "bytes")) return query;
  const args = query.args.map((arg, i) =>
    query.argTypes?.[i]?.scalarType === "bytes" && typeof arg === "string" ? Buffer.from(arg, "base64") : arg,
  );
  return { ...query, args };
}

function wrapQueryable<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "queryRaw" || property === "executeRaw") {
        return (query: Query) => (value as Queryable["queryRaw"]).call(object, decodeBytesArgs(query));
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => wrapQueryable(await value.apply(object, args));
      }
      return value.bind(object);
    },
  });
}

export function createPgliteAdapter(pglite: PGliteLike): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPGlite(pglite as PGlite);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => wrapQueryable(await connect());
  // The adapter is typed against driver-adapter-utils 6.10; at run time it
  // matches 6.19's interface once Bytes are decoded above.
  return factory as unknown as SqlMigrationAwareDriverAdapterFactory;
}
