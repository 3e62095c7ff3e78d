import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { SESSION_COOKIE } from "./session-policy";

const jar = vi.hoisted(() => ({ token: undefined as string | undefined, broken: false }));
vi.mock("next/headers", () => ({
  cookies: async () => {
    if (jar.broken) throw new Error("almacén de cookies no disponible");
    return { get: (name: string) => (name === "__Host-authjs.session-token" && jar.token ? { value: jar.token } : undefined) };
  },
}));

const { getViewer } = await import("./viewer");

const MINUTE = 60_000;
let userId: string;

async function session(options: { expiresIn?: number; startedAgo?: number } = {}) {
  const token = randomBytes(16).toString("hex");
  await db.session.create({
    data: {
      sessionToken: token,
      userId,
      expires: new Date(Date.now() + (options.expiresIn ?? 30 * MINUTE)),
      createdAt: new Date(Date.now() - (options.startedAgo ?? 0)),
    },
  });
  jar.token = token;
  return token;
}

beforeAll(async () => {
  expect(SESSION_COOKIE).toBe("__Host-authjs.session-token");
  const user = await db.user.create({
    data: { run: "7777777-6", name: "Persona Sesión Prueba", role: "MUNICIPAL_OFFICER", municipalityCode: "13501", regionCode: "13" },
  });
  userId = user.id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("getViewer", () => {
  it("knows the person behind a live session", async () => {
    await session();
    expect(await getViewer()).toMatchObject({ id: userId, role: "MUNICIPAL_OFFICER", municipalityCode: "13501", regionCode: "13" });
  });

  it("treats a missing or unknown cookie as signed out", async () => {
    jar.token = undefined;
    expect(await getViewer()).toBeNull();
    jar.token = "no-existe";
    expect(await getViewer()).toBeNull();
  });

  it("ends a session idle for more than 30 minutes", async () => {
    const token = await session({ expiresIn: -MINUTE });
    expect(await getViewer()).toBeNull();
    expect(await db.session.count({ where: { sessionToken: token } })).toBe(0);
  });

  it("ends a session older than 12 hours even while it is in use", async () => {
    const token = await session({ startedAgo: 12 * 60 * MINUTE + MINUTE });
    expect(await getViewer()).toBeNull();
    expect(await db.session.count({ where: { sessionToken: token } })).toBe(0);
  });

  it("extends the idle expiry on activity", async () => {
    const token = await session({ expiresIn: 10 * MINUTE });
    await getViewer();
    const { expires } = await db.session.findUniqueOrThrow({ where: { sessionToken: token } });
    expect(expires.getTime()).toBeGreaterThan(Date.now() + 29 * MINUTE);
  });

  it("drops a person deactivated mid-session on their next request", async () => {
    await session();
    expect(await getViewer()).not.toBeNull();
    await db.user.update({ where: { id: userId }, data: { active: false } });
    expect(await getViewer()).toBeNull();
    await db.user.update({ where: { id: userId }, data: { active: true } });
  });

  it("fails closed when the session cannot be read", async () => {
    await session();
    jar.broken = true;
    expect(await getViewer()).toBeNull();
    jar.broken = false;
  });
});
