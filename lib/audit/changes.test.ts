import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeAuditChange, mentionedUserIds, type AuditNames } from "./changes";

const names: AuditNames = {
  user: (id) => ({ "u-rodrigo": "Rodrigo Fuentes" })[id],
  region: (code) => ({ "13": "Región Metropolitana de Santiago" })[code],
  municipality: (code) => ({ "13501": "Melipilla" })[code],
};

describe("readable audit changes", () => {
  it("names statuses, people and places instead of codes and ids", () => {
    expect(describeAuditChange("Case", { status: "INGRESADO", assignee: null, version: 3 }, { status: "EN_REVISION", assignee: "u-rodrigo", version: 4 }, names)).toEqual([
      { label: "Estado", before: "Ingresado", after: "En revisión" },
      { label: "Responsable", before: "sin asignar", after: "Rodrigo Fuentes" },
    ]);
    expect(describeAuditChange("Adhesion", { status: "EN_IMPLEMENTACION" }, { status: "EN_EVALUACION" }, names)).toEqual([{ label: "Estado", before: "En implementación", after: "En evaluación" }]);
    expect(describeAuditChange("Bulletin", undefined, { title: "Operativo", regionCode: "13", attachments: 2 }, names)).toEqual([
      { label: "Título", after: "Operativo" },
      { label: "Región", after: "Región Metropolitana de Santiago" },
      { label: "Archivos adjuntos", after: "2" },
    ]);
  });

  it("leaves out ids and bookkeeping, and writes moments and booleans as people read them", () => {
    const changes = describeAuditChange("TrainingSession", undefined, { id: "c1", publishedById: "u-x", startsAt: "2026-12-10T13:00:00.000Z", capacity: 30, url: null, version: 1 }, names);
    expect(changes).toEqual([
      { label: "Comienza", after: "10-12-2026 10:00:00" },
      { label: "Cupos", after: "30" },
      { label: "Enlace", after: "—" },
    ]);
    expect(describeAuditChange("User", { active: true }, { active: false }, names)).toEqual([{ label: "Activo", before: "sí", after: "no" }]);
    expect(changes.flatMap((change) => [change.label, change.before ?? "", change.after]).join(" ")).not.toMatch(/u-x|c1|\{|version/);
  });

  it("shows a person no longer in the portal without their id", () => {
    expect(describeAuditChange("Case", {}, { assignee: "u-gone" }, names)).toEqual([{ label: "Responsable", after: "una persona que ya no está en el portal" }]);
    expect(mentionedUserIds({ assignee: "u-a" }, { assignee: "u-b", userIds: ["u-c"] })).toEqual(["u-a", "u-b", "u-c"]);
  });

  it("has a Spanish label for every field the code writes into an audit change", () => {
    const keys = new Set<string>();
    const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === "generated" ? [] : walk(path.join(dir, e.name))) : /\.ts$/.test(e.name) && !e.name.endsWith(".test.ts") ? [path.join(dir, e.name)] : []));
    for (const file of walk("lib")) {
      const code = fs.readFileSync(file, "utf8");
      if (!/recordAudit|audit\(tx/.test(code)) continue;
      for (const literal of code.matchAll(/\b(?:before|after): \{([^{}]*)\}/g))
        for (const key of literal[1].matchAll(/(?:^|,)\s*([a-zA-Z]+)(?=\s*[:,]|\s*$)/g)) keys.add(key[1]);
    }
    expect(keys.size).toBeGreaterThan(20);
    const unnamed = [...keys].filter((key) => describeAuditChange("Case", {}, { [key]: "x" }, names).some((change) => change.label === key));
    expect(unnamed).toEqual([]);
  });
});
