import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { keyboardShortcutsEnabled, keyboardShortcutsSchema, setKeyboardShortcuts } from "./keyboard";

let person: Viewer;

beforeAll(async () => {
  person = await db.user.upsert({
    where: { run: "93000021-1" },
    create: { run: "93000021-1", name: "Prueba atajos", role: "REGIONAL_COORDINATOR", regionCode: "13" },
    update: { keyboardShortcuts: true },
    select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true },
  });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the keyboard shortcuts preference", () => {
  it("is on until the person turns it off, is kept on the server and each change is audited", async () => {
    expect(await keyboardShortcutsEnabled(person)).toBe(true);
    await setKeyboardShortcuts(person, "198.51.100.7", false);
    expect(await keyboardShortcutsEnabled(person)).toBe(false);
    // Saving the same choice again changes nothing and leaves no second trace.
    await setKeyboardShortcuts(person, null, false);
    const events = await db.auditEvent.findMany({ where: { action: "user.keyboardShortcuts", entityId: person.id }, select: { before: true, after: true, ip: true } });
    expect(events).toEqual([{ before: { keyboardShortcuts: true }, after: { keyboardShortcuts: false }, ip: "198.51.100.7" }]);
    await setKeyboardShortcuts(person, null, true);
    expect(await keyboardShortcutsEnabled(person)).toBe(true);
  });

  it("takes only yes or no", () => {
    expect(keyboardShortcutsSchema.safeParse({ atajos: "si" }).success).toBe(true);
    expect(keyboardShortcutsSchema.safeParse({ atajos: "quizás" }).success).toBe(false);
    expect(keyboardShortcutsSchema.safeParse({ atajos: "no", otro: "x" }).success).toBe(false);
  });
});
