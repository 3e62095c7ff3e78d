import type { ParticipantInput } from "./schemas";

/** A participant's own data, as stored: what the case form writes, rectification corrects and a subject export shows. */
export const PARTICIPANT_FIELDS = ["fullName", "documentType", "documentNumber", "nationality", "birthDate", "sexGender", "contact", "relation"] as const;
export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number];

export const participantFieldsSelect = Object.fromEntries(PARTICIPANT_FIELDS.map((field) => [field, true])) as { [F in ParticipantField]: true };

/** The columns of one participant from the validated form. */
export function participantRow(person: ParticipantInput) {
  return {
    fullName: person.fullName,
    documentType: person.documentType,
    documentNumber: person.documentNumber,
    documentKey: person.documentKey,
    nationality: person.nationality,
    birthDate: person.birthDate,
    sexGender: person.sexGender,
    contact: person.contact,
    // A draft may leave it blank; submission requires it.
    relation: person.relation ?? "",
  };
}
