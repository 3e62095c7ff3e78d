/**
 * The migration-aware driver adapter factory that Prisma's WASM schema engine needs on PostgreSQL.
 * It uses @prisma/adapter-pg 7.10.1 but works around three of its defects that only the schema
 * engine hits (the app's own queries never do).
 */
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { createDatabase, databaseName, dropDatabase, withDatabase } from "./database-url";

const CHAR_OID = 18;
const TEXT_OID = 25;

/** The part of pg's RowDescription protocol message used here (@types/pg leaves it untyped). */
type RowDescription = { fields: { dataTypeID: number }[] };

export type ClosableAdapterFactory = SqlMigrationAwareDriverAdapterFactory & {
  /** Disposes what the engine left open and drops every shadow database still present. */
  close(): Promise<void>;
};

function openPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url });
  // The engine describes schemas through pg_catalog columns of type "char" (OID 18), which the adapter
  // refuses to deserialize. Their text form is already the value, so relabelling them as text before
  // pg builds the result is enough; prepending runs this before the client's own listener.
  pool.on("connect", (client) => {
    client.connection.prependListener("rowDescription", (message: RowDescription) => {
      for (const field of message.fields) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    });
  });
  return pool;
}

async function openAdapter(url: string): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPg(openPool(url), { disposeExternalPool: true }).connect();
  // The adapter splits scripts on ";", which breaks $$ bodies and is not atomic. A query without
  // parameters goes over pg's simple protocol, where PostgreSQL runs the whole script as one implicit
  // transaction, and executeRaw keeps the adapter's error mapping.
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

/**
 * Connects to `url`; shadow databases are fresh `<db>_shadow_<random>` databases on the same server,
 * dropped when the engine disposes them or, at the latest, on `close()`. (adapter-pg's own
 * `connectToShadowDb()` ends up connected to the main database, which the engine would then reset.)
 */
export function migrationAdapterFactory(url: string): ClosableAdapterFactory {
  const open = new Set<SqlDriverAdapter>();
  const shadows = new Set<string>();

  const dropShadow = async (shadowUrl: string) => {
    if (shadows.delete(shadowUrl)) await dropDatabase(shadowUrl);
  };

  // Dispose must be idempotent: the engine may dispose an adapter and close() then sweeps the rest.
  const track = (adapter: SqlDriverAdapter, afterDispose: () => Promise<void> = async () => {}) => {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!open.delete(adapter)) return;
      try {
        await dispose();
      } finally {
        await afterDispose();
      }
    };
    open.add(adapter);
    return adapter;
  };

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => track(await openAdapter(url)),
    async connectToShadowDb() {
      const shadowUrl = withDatabase(url, `${databaseName(url)}_shadow_${randomBytes(4).toString("hex")}`);
      shadows.add(shadowUrl);
      await createDatabase(shadowUrl);
      return track(await openAdapter(shadowUrl), () => dropShadow(shadowUrl));
    },
    async close() {
      const results = await Promise.allSettled([...open].map((adapter) => adapter.dispose()));
      results.push(...(await Promise.allSettled([...shadows].map(dropShadow))));
      const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
      if (failure) throw failure.reason;
    },
  };
}
