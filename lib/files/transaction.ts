import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logError } from "@/lib/log";
import { fileStore } from "./store";

/** The storage keys written by the transaction running in this async context. */
const staged = new AsyncLocalStorage<string[]>();

/** Called by `storeUpload` after it wrote bytes, so a rollback can take them back. */
export function stageStoredKey(key: string): void {
  staged.getStore()?.push(key);
}

type Options = { maxWait?: number; timeout?: number };

/**
 * A database transaction whose uploads share its fate: bytes go to the file store before their row
 * (a row never points at missing bytes), and when the transaction fails — a refused file, a conflict,
 * a failed commit — the bytes it stored are deleted again, so no blob outlives a rolled-back row.
 * Only a crash between the write and the rollback can still leave one behind.
 */
export async function transactionWithFiles<T>(work: (tx: Prisma.TransactionClient) => Promise<T>, options?: Options): Promise<T> {
  const keys: string[] = [];
  try {
    return await staged.run(keys, () => db.$transaction(work, options));
  } catch (error) {
    await Promise.all(
      keys.map((key) =>
        fileStore()
          .delete(key)
          .catch((cleanup: unknown) => logError("files:rollback", cleanup)),
      ),
    );
    throw error;
  }
}
