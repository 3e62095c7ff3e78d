-- AlterTable
ALTER TABLE "case" ADD COLUMN     "anonymised_at" TIMESTAMP(3),
ADD COLUMN     "legal_hold" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "legal_hold_reason" TEXT;

-- AlterTable
ALTER TABLE "case_participant" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "participant_revision" (
    "id" TEXT NOT NULL,
    "participant_id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "participant_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "retention_run" (
    "id" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "actor_name" TEXT,
    "retention_months" INTEGER NOT NULL,
    "cutoff" TIMESTAMP(3) NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),
    "cases" INTEGER NOT NULL DEFAULT 0,
    "participants" INTEGER NOT NULL DEFAULT 0,
    "files" INTEGER NOT NULL DEFAULT 0,
    "failures" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "retention_run_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "participant_revision_participant_id_version_key" ON "participant_revision"("participant_id", "version");

-- CreateIndex
CREATE INDEX "retention_run_started_at_idx" ON "retention_run"("started_at");

-- AddForeignKey
ALTER TABLE "participant_revision" ADD CONSTRAINT "participant_revision_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "case_participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The timeline stays append-only, with one narrow exception: the retention job (lib/jobs/anonymise-expired.ts)
-- may redact the free text kept in an event's before/after, inside a transaction that declared it with
-- SET LOCAL sello.redaction = 'on'. Who did what and when (kind, actor, time, visibility) can never change.
CREATE OR REPLACE FUNCTION case_event_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND current_setting('sello.redaction', true) = 'on'
     AND NEW.id = OLD.id AND NEW.case_id = OLD.case_id AND NEW.kind = OLD.kind AND NEW.internal = OLD.internal
     AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id AND NEW.actor_name = OLD.actor_name AND NEW.at = OLD.at THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'case_event es de solo inserción: % no está permitido', TG_OP;
END;
$$;
