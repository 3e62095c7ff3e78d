import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { primaryContact } from "@/lib/contacts/service";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { territoryNames } from "@/lib/territory/names";
import { visibleCase } from "./access";
import { CASE_TYPES } from "./catalogue";

/**
 * The "comprobante de ingreso" of a filed case: what proves it reached SERMIG and whom to ask about it,
 * and nothing about the people or what happened to them. Only the case's own columns are read (no
 * participant, no narrative), so no version of the page can print them. A sensitive type is itself
 * sensitive (see the filing notification), so it is named only as reserved. Scoped like every case
 * read; a draft has no receipt.
 */
export async function getFilingReceipt(viewer: Viewer, id: string) {
  const found = await visibleCase(db, viewer, id, { folio: true, status: true, type: true, sensitive: true, submittedAt: true, municipalityCode: true, regionCode: true });
  if (found.status === "BORRADOR" || !found.folio || !found.submittedAt) throw new NotFoundError();
  const [names, contact] = await Promise.all([territoryNames(), primaryContact(found.regionCode)]);
  return {
    folio: found.folio,
    submittedAt: found.submittedAt,
    typeLabel: found.sensitive ? "Caso reservado" : CASE_TYPES[found.type].label,
    municipality: names.municipalityName(found.municipalityCode),
    region: names.regionName(found.regionCode),
    contact,
  };
}

export type FilingReceipt = Awaited<ReturnType<typeof getFilingReceipt>>;
