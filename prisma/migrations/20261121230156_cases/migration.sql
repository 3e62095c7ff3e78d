-- CreateEnum
CREATE TYPE "CaseType" AS ENUM ('REGULARIZACION', 'NNA', 'VIF_GENERO', 'TRATA', 'TRAFICO_MIGRANTES', 'EMBARAZO', 'REUNIFICACION_FAMILIAR', 'VULNERACION_DERECHOS', 'REFUGIO', 'EMPADRONAMIENTO', 'CONSULTA');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('BORRADOR', 'INGRESADO', 'EN_REVISION', 'REQUIERE_INFO', 'DERIVADO', 'RESUELTO', 'CERRADO');

-- CreateEnum
CREATE TYPE "CasePriority" AS ENUM ('BAJA', 'MEDIA', 'ALTA', 'URGENTE');

-- CreateEnum
CREATE TYPE "ConsentBasis" AS ENUM ('CONSENTIMIENTO', 'BASE_LEGAL');

-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('RUN', 'PASAPORTE', 'DNI_EXTRANJERO', 'OTRO', 'NINGUNO');

-- CreateTable
CREATE TABLE "case" (
    "id" TEXT NOT NULL,
    "folio" TEXT,
    "municipality_code" CHAR(5) NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "type" "CaseType" NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'BORRADOR',
    "priority" "CasePriority" NOT NULL,
    "suggested_priority" "CasePriority" NOT NULL,
    "type_details" JSONB NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sensitive" BOOLEAN NOT NULL,
    "consent_basis" "ConsentBasis",
    "consent_detail" TEXT,
    "created_by_id" TEXT NOT NULL,
    "assignee_id" TEXT,
    "derived_to" TEXT,
    "outcome" TEXT,
    "resolution_text" TEXT,
    "submitted_at" TIMESTAMP(3),
    "first_response_at" TIMESTAMP(3),
    "resolved_at" TIMESTAMP(3),
    "closed_at" TIMESTAMP(3),
    "first_response_due_at" TIMESTAMP(3),
    "resolution_due_at" TIMESTAMP(3),
    "waiting_since" TIMESTAMP(3),
    "idempotency_key" TEXT NOT NULL,
    "search_vector" tsvector,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_participant" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "full_name" TEXT NOT NULL,
    "document_type" "DocumentType" NOT NULL,
    "document_number" TEXT,
    "document_key" TEXT,
    "nationality" CHAR(2),
    "birth_date" DATE,
    "sex_gender" TEXT,
    "contact" TEXT,
    "relation" TEXT NOT NULL,

    CONSTRAINT "case_participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_event" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "actor_id" TEXT,
    "actor_name" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_note" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL,
    "body" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "author_name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_attachment" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "file_id" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "added_by_id" TEXT NOT NULL,
    "added_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_pause" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "from" TIMESTAMP(3) NOT NULL,
    "to" TIMESTAMP(3),

    CONSTRAINT "case_pause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_sequence" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "case_sequence_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "sla_policy" (
    "type" "CaseType" NOT NULL,
    "priority" "CasePriority" NOT NULL,
    "first_response_days" INTEGER NOT NULL,
    "resolution_days" INTEGER NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sla_policy_pkey" PRIMARY KEY ("type","priority")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "case_id" TEXT,
    "read_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_preference" (
    "user_id" TEXT NOT NULL,
    "email_enabled" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "case_folio_key" ON "case"("folio");

-- CreateIndex
CREATE UNIQUE INDEX "case_idempotency_key_key" ON "case"("idempotency_key");

-- CreateIndex
CREATE INDEX "case_region_code_status_updated_at_idx" ON "case"("region_code", "status", "updated_at");

-- CreateIndex
CREATE INDEX "case_municipality_code_status_updated_at_idx" ON "case"("municipality_code", "status", "updated_at");

-- CreateIndex
CREATE INDEX "case_assignee_id_status_idx" ON "case"("assignee_id", "status");

-- CreateIndex
CREATE INDEX "case_region_code_resolution_due_at_idx" ON "case"("region_code", "resolution_due_at");

-- CreateIndex
CREATE INDEX "case_submitted_at_idx" ON "case"("submitted_at");

-- CreateIndex
CREATE INDEX "case_search_vector_idx" ON "case" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "case_participant_case_id_idx" ON "case_participant"("case_id");

-- CreateIndex
CREATE INDEX "case_participant_document_key_idx" ON "case_participant"("document_key");

-- CreateIndex
CREATE INDEX "case_event_case_id_at_idx" ON "case_event"("case_id", "at");

-- CreateIndex
CREATE INDEX "case_note_case_id_created_at_idx" ON "case_note"("case_id", "created_at");

-- CreateIndex
CREATE INDEX "case_attachment_case_id_idx" ON "case_attachment"("case_id");

-- CreateIndex
CREATE INDEX "case_pause_case_id_idx" ON "case_pause"("case_id");

-- CreateIndex
CREATE INDEX "notification_user_id_read_at_created_at_idx" ON "notification"("user_id", "read_at", "created_at");

-- AddForeignKey
ALTER TABLE "case" ADD CONSTRAINT "case_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_participant" ADD CONSTRAINT "case_participant_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_attachment" ADD CONSTRAINT "case_attachment_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_attachment" ADD CONSTRAINT "case_attachment_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_pause" ADD CONSTRAINT "case_pause_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Spanish full-text search with accents optional: Spanish stemming over unaccented words.
CREATE TEXT SEARCH CONFIGURATION es_unaccent (COPY = spanish);
ALTER TEXT SEARCH CONFIGURATION es_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;

-- Only the case's own text is indexed: internal notes stay out, so a search can never reveal them.
CREATE OR REPLACE FUNCTION case_search_vector_update() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('es_unaccent', coalesce(NEW.folio, '')), 'A') ||
    setweight(to_tsvector('es_unaccent', coalesce(NEW.summary, '')), 'A') ||
    setweight(to_tsvector('es_unaccent', coalesce(NEW.description, '')), 'B');
  RETURN NEW;
END;
$$;
CREATE TRIGGER case_search_vector
  BEFORE INSERT OR UPDATE OF folio, summary, description ON "case"
  FOR EACH ROW EXECUTE FUNCTION case_search_vector_update();

-- The timeline is append-only, like the audit trail.
CREATE OR REPLACE FUNCTION case_event_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_event es de solo inserción: % no está permitido', TG_OP;
END;
$$;
CREATE TRIGGER case_event_append_only
  BEFORE UPDATE ON "case_event"
  FOR EACH ROW EXECUTE FUNCTION case_event_append_only();
