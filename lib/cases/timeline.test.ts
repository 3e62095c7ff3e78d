import { describe, expect, it } from "vitest";
import { describeChange, EVENT_LABELS } from "./timeline";

describe("timeline wording", () => {
  it("reads codes and moments the way a person does", () => {
    expect(describeChange({ status: "INGRESADO" }, { status: "EN_REVISION" })).toEqual(["Estado: Ingresado → En revisión"]);
    expect(describeChange({ priority: "ALTA", summary: "Antes" }, { priority: "URGENTE", summary: "Después", changed: ["description", "participants"] })).toEqual([
      "Prioridad: Alta → Urgente",
      "Resumen: «Antes» → «Después»",
      "También cambió: Descripción, Personas",
    ]);
    // Due moments are the end of a day in Chile, which is already the next day in UTC.
    expect(describeChange(undefined, { resolutionDueAt: "2026-11-25T02:59:59.999Z" })).toEqual(["Resolución: vence el 24-11-2026"]);
    expect(describeChange({ assignee: null }, { assignee: "Rodrigo" })).toEqual(["Responsable: sin asignar → Rodrigo"]);
  });

  it("leaves out what people should not read in the timeline: ids and unknown keys", () => {
    expect(describeChange(null, { noteId: "0b7c…", attachmentId: "x", deadline: "RESOLUTION" })).toEqual([]);
  });

  it("names every kind in Spanish", () => {
    for (const label of Object.values(EVENT_LABELS)) expect(label).toMatch(/^[A-ZÁÉÍÓÚÑ]/);
  });
});
