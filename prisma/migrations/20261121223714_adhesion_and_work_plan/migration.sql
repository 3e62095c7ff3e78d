-- CreateEnum
CREATE TYPE "AdhesionStatus" AS ENUM ('INTERESADA', 'CARTA_FIRMADA', 'EN_IMPLEMENTACION', 'EN_EVALUACION', 'CERTIFICADA', 'EN_REVALIDACION', 'REVALIDADA', 'RETIRADA');

-- CreateEnum
CREATE TYPE "CommitmentLine" AS ENUM ('INSTITUCIONALIDAD', 'CAPACITACIONES', 'POLITICAS_LOCALES', 'REGULARIDAD_MIGRATORIA', 'ASOCIATIVIDAD_PARTICIPACION');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('DRAFT', 'PENDING', 'APPROVED', 'RETURNED');

-- CreateTable
CREATE TABLE "stored_file" (
    "id" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "original_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "owner_type" TEXT NOT NULL,
    "uploaded_by_id" TEXT NOT NULL,
    "uploaded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "adhesion" (
    "municipality_code" CHAR(5) NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "status" "AdhesionStatus" NOT NULL,
    "status_since" TIMESTAMP(3) NOT NULL,
    "letter_signed_on" DATE,
    "mayor_name" TEXT,
    "council_agreement_number" TEXT,
    "council_agreement_date" DATE,
    "certification_resolution" TEXT,
    "certified_on" DATE,
    "revalidation_due_on" DATE,
    "observations" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "adhesion_pkey" PRIMARY KEY ("municipality_code")
);

-- CreateTable
CREATE TABLE "adhesion_event" (
    "id" TEXT NOT NULL,
    "municipality_code" CHAR(5) NOT NULL,
    "from_status" "AdhesionStatus",
    "to_status" "AdhesionStatus" NOT NULL,
    "transition" TEXT NOT NULL,
    "reason" TEXT,
    "actor_id" TEXT,
    "actor_name" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "adhesion_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "adhesion_letter" (
    "id" TEXT NOT NULL,
    "municipality_code" CHAR(5) NOT NULL,
    "file_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "uploaded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "adhesion_letter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_action" (
    "id" TEXT NOT NULL,
    "municipality_code" CHAR(5) NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "line" "CommitmentLine" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "responsible_unit" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "due_on" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'PLANNED',
    "review" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "review_comment" TEXT,
    "reviewed_by_id" TEXT,
    "reviewed_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "commitment_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" TEXT NOT NULL,
    "action_id" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "file_id" TEXT,
    "url" TEXT,
    "added_by_id" TEXT NOT NULL,
    "added_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "designated_official" (
    "municipality_code" CHAR(5) NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "designated_official_pkey" PRIMARY KEY ("municipality_code")
);

-- CreateTable
CREATE TABLE "training_record" (
    "id" TEXT NOT NULL,
    "municipality_code" CHAR(5) NOT NULL,
    "held_on" DATE NOT NULL,
    "topic" TEXT NOT NULL,
    "trainer" TEXT NOT NULL,
    "units_attending" TEXT NOT NULL,
    "trained_count" INTEGER NOT NULL,
    "evaluation" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "training_record_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "stored_file_storage_key_key" ON "stored_file"("storage_key");

-- CreateIndex
CREATE INDEX "stored_file_owner_type_idx" ON "stored_file"("owner_type");

-- CreateIndex
CREATE INDEX "adhesion_region_code_status_idx" ON "adhesion"("region_code", "status");

-- CreateIndex
CREATE INDEX "adhesion_status_revalidation_due_on_idx" ON "adhesion"("status", "revalidation_due_on");

-- CreateIndex
CREATE INDEX "adhesion_letter_signed_on_idx" ON "adhesion"("letter_signed_on");

-- CreateIndex
CREATE INDEX "adhesion_event_municipality_code_at_idx" ON "adhesion_event"("municipality_code", "at");

-- CreateIndex
CREATE UNIQUE INDEX "adhesion_letter_municipality_code_version_key" ON "adhesion_letter"("municipality_code", "version");

-- CreateIndex
CREATE INDEX "commitment_action_municipality_code_line_idx" ON "commitment_action"("municipality_code", "line");

-- CreateIndex
CREATE INDEX "commitment_action_region_code_review_idx" ON "commitment_action"("region_code", "review");

-- CreateIndex
CREATE INDEX "evidence_action_id_idx" ON "evidence"("action_id");

-- CreateIndex
CREATE INDEX "training_record_municipality_code_held_on_idx" ON "training_record"("municipality_code", "held_on");

-- AddForeignKey
ALTER TABLE "adhesion" ADD CONSTRAINT "adhesion_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adhesion_event" ADD CONSTRAINT "adhesion_event_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "adhesion"("municipality_code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adhesion_letter" ADD CONSTRAINT "adhesion_letter_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "adhesion"("municipality_code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "adhesion_letter" ADD CONSTRAINT "adhesion_letter_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_action" ADD CONSTRAINT "commitment_action_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "commitment_action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "designated_official" ADD CONSTRAINT "designated_official_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_record" ADD CONSTRAINT "training_record_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
