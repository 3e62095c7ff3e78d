-- CreateEnum
CREATE TYPE "SubjectRequestType" AS ENUM ('ACCESO', 'RECTIFICACION', 'SUPRESION', 'OPOSICION', 'BLOQUEO', 'PORTABILIDAD');

-- CreateEnum
CREATE TYPE "SubjectRequestOutcome" AS ENUM ('ACOGIDA', 'ACOGIDA_PARCIAL', 'RECHAZADA');

-- AlterTable
ALTER TABLE "case" ADD COLUMN     "blocked_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "subject_block" (
    "id" TEXT NOT NULL,
    "document_key" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "blocked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "blocked_by_id" TEXT NOT NULL,
    "blocked_by_name" TEXT NOT NULL,
    "lifted_at" TIMESTAMP(3),
    "lift_reason" TEXT,
    "lifted_by_name" TEXT,

    CONSTRAINT "subject_block_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subject_request" (
    "id" TEXT NOT NULL,
    "type" "SubjectRequestType" NOT NULL,
    "document_key" TEXT NOT NULL,
    "document_number" TEXT NOT NULL,
    "requester_name" TEXT NOT NULL,
    "purpose" TEXT,
    "detail" TEXT,
    "received_on" DATE NOT NULL,
    "due_on" DATE NOT NULL,
    "outcome" "SubjectRequestOutcome",
    "outcome_note" TEXT,
    "answered_on" DATE,
    "handled_by_id" TEXT,
    "handled_by_name" TEXT,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subject_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "subject_block_document_key_lifted_at_idx" ON "subject_block"("document_key", "lifted_at");

-- CreateIndex
CREATE INDEX "subject_request_answered_on_due_on_idx" ON "subject_request"("answered_on", "due_on");

-- CreateIndex
CREATE INDEX "subject_request_document_key_idx" ON "subject_request"("document_key");

-- One block in force per person: blocking twice is refused, not stacked.
CREATE UNIQUE INDEX "subject_block_one_active" ON "subject_block"("document_key") WHERE "lifted_at" IS NULL;

-- A case is blocked while any of its participants has a block in force. Blocking, lifting and erasure
-- call this for the cases they touch; the trigger below calls it when a participant is added or their
-- document changes, so a case filed for a blocked person is hidden from the moment it exists.
CREATE OR REPLACE FUNCTION refresh_case_block(case_ids text[]) RETURNS void
  LANGUAGE sql AS $$
  UPDATE "case" c
     SET blocked_at = CASE
           WHEN EXISTS (SELECT 1 FROM case_participant p JOIN subject_block b ON b.document_key = p.document_key AND b.lifted_at IS NULL WHERE p.case_id = c.id)
           THEN coalesce(c.blocked_at, now())
           ELSE NULL
         END
   WHERE c.id = ANY(case_ids);
$$;

CREATE OR REPLACE FUNCTION case_participant_block() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.document_key IS NOT NULL OR TG_OP = 'UPDATE' THEN
    PERFORM refresh_case_block(ARRAY[NEW.case_id]);
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER case_participant_block
  AFTER INSERT OR UPDATE OF document_key ON case_participant
  FOR EACH ROW EXECUTE FUNCTION case_participant_block();
