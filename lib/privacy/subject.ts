import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { territoryWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { participantFieldsSelect } from "@/lib/cases/participant-fields";
import { CASE_TYPES, STATUS_LABELS } from "@/lib/cases/catalogue";
import { DOCUMENT_TYPE_LABELS, documentKeyOf, RELATION_LABELS, SEX_GENDER_LABELS } from "@/lib/cases/schemas";
import { countryName } from "@/lib/cases/countries";
import { CSV_BOM, csvRow } from "@/lib/csv";
import { isoDay } from "@/lib/format";
import { db } from "@/lib/db";
import { subjectDigest } from "./lookup-key";

/**
 * Data-subject access and portability (Ley 21.719 art. 4): every participant row that carries a document
 * number, across all regions, and what of its case concerns that person. The audit trail keeps that a
 * lookup happened, by whom and how many rows it found, but only a keyed HMAC of the normalised number
 * (lib/privacy/lookup-key.ts): the audit page is read by more people than those who may search, and a
 * trace must not become a copy.
 */

const participantSelect = { id: true, ...participantFieldsSelect, version: true } as const;

function rowsOf(viewer: Viewer, documentNumber: string) {
  return db.caseParticipant.findMany({
    where: { documentKey: documentKeyOf(documentNumber), case: { ...territoryWhere(viewer) } },
    select: {
      ...participantSelect,
      case: {
        select: {
          id: true,
          folio: true,
          type: true,
          status: true,
          submittedAt: true,
          closedAt: true,
          anonymisedAt: true,
          legalHold: true,
          blockedAt: true,
          municipality: { select: { name: true, region: { select: { name: true } } } },
        },
      },
    },
    orderBy: [{ case: { submittedAt: "desc" } }, { id: "asc" }],
  });
}

export type SubjectRow = {
  participantId: string;
  caseId: string;
  folio: string | null;
  typeLabel: string;
  statusLabel: string;
  municipality: string;
  region: string;
  submittedAt: Date | null;
  closedAt: Date | null;
  anonymisedAt: Date | null;
  legalHold: boolean;
  /** Hidden outside the privacy pages while the person (or another of the case) has their data blocked. */
  blocked: boolean;
  fullName: string;
  documentType: string;
  documentNumber: string | null;
  nationality: string | null;
  birthDate: Date | null;
  sexGender: string | null;
  contact: string | null;
  relation: string;
};

const labelOf = <T extends Record<string, string>>(labels: T, value: string | null) => (value ? ((labels as Record<string, string>)[value] ?? value) : null);

async function audited(viewer: Viewer, ip: string | null, documentNumber: string, action: string, found: number, format?: string) {
  await recordAudit(db, viewer, ip, {
    action,
    entity: "DataSubject",
    entityId: subjectDigest(documentNumber),
    after: { results: found, ...(format && { format }) },
  });
}

/** The lookup of the privacy page: one row per participant record, with its case. Audited. */
export async function lookupSubject(viewer: Viewer, ip: string | null, documentNumber: string): Promise<SubjectRow[]> {
  const rows = await rowsOf(viewer, documentNumber);
  await audited(viewer, ip, documentNumber, "privacy.lookup", rows.length);
  return rows.map(({ case: found, ...person }) => ({
    participantId: person.id,
    caseId: found.id,
    folio: found.folio,
    typeLabel: CASE_TYPES[found.type].label,
    statusLabel: STATUS_LABELS[found.status],
    municipality: found.municipality.name,
    region: found.municipality.region.name,
    submittedAt: found.submittedAt,
    closedAt: found.closedAt,
    anonymisedAt: found.anonymisedAt,
    legalHold: found.legalHold,
    blocked: found.blockedAt !== null,
    fullName: person.fullName,
    documentType: DOCUMENT_TYPE_LABELS[person.documentType],
    documentNumber: person.documentNumber,
    nationality: person.nationality ? countryName(person.nationality) : null,
    birthDate: person.birthDate,
    sexGender: labelOf(SEX_GENDER_LABELS, person.sexGender),
    contact: person.contact,
    relation: labelOf(RELATION_LABELS, person.relation) ?? person.relation,
  }));
}

const instant = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * What the person may take away: their own participant rows, the shared (non-internal) part of each case
 * they appear in, and their own rectification history. Other participants of those cases appear only as a
 * count; internal notes and files, and who at SERMIG did what, stay out.
 */
export async function exportSubject(viewer: Viewer, ip: string | null, documentNumber: string, format: "json" | "csv") {
  const rows = await rowsOf(viewer, documentNumber);
  const caseIds = [...new Set(rows.map((row) => row.case.id))];
  const participantIds = rows.map((row) => row.id);
  const [cases, notes, attachments, revisions, counts] = await Promise.all([
    db.case.findMany({
      where: { id: { in: caseIds } },
      select: { id: true, summary: true, description: true, consentBasis: true, consentDetail: true, derivedTo: true, outcome: true, resolutionText: true, resolvedAt: true },
    }),
    db.caseNote.findMany({ where: { caseId: { in: caseIds }, internal: false }, select: { caseId: true, body: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    db.caseAttachment.findMany({ where: { caseId: { in: caseIds }, internal: false }, select: { caseId: true, addedAt: true, file: { select: { originalName: true, contentType: true, size: true } } }, orderBy: { addedAt: "asc" } }),
    db.participantRevision.findMany({ where: { participantId: { in: participantIds } }, select: { participantId: true, version: true, before: true, after: true, reason: true, at: true }, orderBy: { at: "asc" } }),
    db.caseParticipant.groupBy({ by: ["caseId"], where: { caseId: { in: caseIds } }, _count: { _all: true } }),
  ]);
  await audited(viewer, ip, documentNumber, "privacy.export", rows.length, format);

  const caseById = new Map(cases.map((c) => [c.id, c]));
  const countOf = new Map(counts.map((c) => [c.caseId, c._count._all]));
  const records = rows.map(({ case: found, ...person }) => {
    const detail = caseById.get(found.id)!;
    return {
      persona: {
        nombre: person.fullName,
        tipoDocumento: DOCUMENT_TYPE_LABELS[person.documentType],
        numeroDocumento: person.documentNumber,
        nacionalidad: person.nationality ? countryName(person.nationality) : null,
        fechaNacimiento: isoDay(person.birthDate),
        sexoGenero: labelOf(SEX_GENDER_LABELS, person.sexGender),
        contacto: person.contact,
        relacionConElCaso: labelOf(RELATION_LABELS, person.relation) ?? person.relation,
      },
      caso: {
        folio: found.folio,
        tipo: CASE_TYPES[found.type].label,
        estado: STATUS_LABELS[found.status],
        municipalidad: found.municipality.name,
        region: found.municipality.region.name,
        ingresadoEl: instant(found.submittedAt),
        resueltoEl: instant(detail.resolvedAt),
        cerradoEl: instant(found.closedAt),
        anonimizadoEl: instant(found.anonymisedAt),
        resumen: detail.summary,
        descripcion: detail.description,
        baseDelTratamiento: detail.consentBasis,
        detalleBaseLegal: detail.consentDetail,
        derivadoA: detail.derivedTo,
        resultado: detail.outcome,
        resolucion: detail.resolutionText,
        otrasPersonasEnElCaso: (countOf.get(found.id) ?? 1) - 1,
        notasCompartidas: notes.filter((n) => n.caseId === found.id).map((n) => ({ fecha: n.createdAt.toISOString(), texto: n.body })),
        archivosCompartidos: attachments.filter((a) => a.caseId === found.id).map((a) => ({ fecha: a.addedAt.toISOString(), nombre: a.file.originalName, tipo: a.file.contentType, bytes: a.file.size })),
      },
      rectificaciones: revisions.filter((r) => r.participantId === person.id).map((r) => ({ version: r.version, fecha: r.at.toISOString(), motivo: r.reason, antes: r.before, despues: r.after })),
    };
  });

  const stamp = new Date().toISOString();
  if (format === "json") {
    const body = JSON.stringify({ generadoEl: stamp, responsable: "Servicio Nacional de Migraciones (SERMIG)", registros: records }, null, 2);
    return { body, contentType: "application/json; charset=utf-8", extension: "json" };
  }
  const header = ["folio", "tipo_caso", "estado", "municipalidad", "region", "ingresado_el", "cerrado_el", "nombre", "tipo_documento", "numero_documento", "nacionalidad", "fecha_nacimiento", "sexo_genero", "contacto", "relacion", "resumen", "descripcion", "resolucion", "notas_compartidas"];
  const lines = records.map(({ persona: p, caso: c }) =>
    csvRow([c.folio, c.tipo, c.estado, c.municipalidad, c.region, c.ingresadoEl, c.cerradoEl, p.nombre, p.tipoDocumento, p.numeroDocumento, p.nacionalidad, p.fechaNacimiento, p.sexoGenero, p.contacto, p.relacionConElCaso, c.resumen, c.descripcion, c.resolucion, c.notasCompartidas.length]),
  );
  return { body: CSV_BOM + csvRow(header) + lines.join(""), contentType: "text/csv; charset=utf-8", extension: "csv" };
}
