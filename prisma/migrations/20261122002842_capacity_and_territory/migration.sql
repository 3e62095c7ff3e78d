-- CreateEnum
CREATE TYPE "TrainingModality" AS ENUM ('PRESENCIAL', 'ONLINE');

-- CreateEnum
CREATE TYPE "PracticeStatus" AS ENUM ('SUBMITTED', 'RETURNED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('MIGRACIONES_EN_TU_BARRIO', 'APOYA_MUJER_MIGRANTE', 'OPERATIVO_REGULARIZACION', 'OPERATIVO_ENROLAMIENTO');

-- CreateEnum
CREATE TYPE "ActivityRequestKind" AS ENUM ('PARTICIPATE', 'HOST');

-- CreateEnum
CREATE TYPE "ActivityRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateTable
CREATE TABLE "training_session" (
    "id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "modality" "TrainingModality" NOT NULL,
    "place" TEXT,
    "url" TEXT,
    "region_code" CHAR(2),
    "capacity" INTEGER NOT NULL,
    "published_by_id" TEXT NOT NULL,
    "published_by_name" TEXT NOT NULL,
    "attendance_recorded_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "training_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_registration" (
    "id" TEXT NOT NULL,
    "session_id" TEXT NOT NULL,
    "municipality_code" CHAR(5) NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "attended" BOOLEAN,
    "score" INTEGER,
    "comment" TEXT,
    "registered_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "training_registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_session_record" (
    "session_id" TEXT NOT NULL,
    "municipality_code" CHAR(5) NOT NULL,
    "training_record_id" TEXT NOT NULL,

    CONSTRAINT "training_session_record_pkey" PRIMARY KEY ("session_id","municipality_code")
);

-- CreateTable
CREATE TABLE "technical_visit" (
    "id" TEXT NOT NULL,
    "municipality_code" CHAR(5) NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "visit_on" DATE NOT NULL,
    "participants" TEXT NOT NULL,
    "topics" TEXT NOT NULL,
    "notes" TEXT,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "technical_visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visit_agreement" (
    "id" TEXT NOT NULL,
    "visit_id" TEXT NOT NULL,
    "municipality_code" CHAR(5) NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "description" TEXT NOT NULL,
    "due_on" DATE NOT NULL,
    "done_at" TIMESTAMP(3),
    "done_by_name" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "visit_agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "good_practice" (
    "id" TEXT NOT NULL,
    "municipality_code" CHAR(5) NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "line" "CommitmentLine" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "results" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "status" "PracticeStatus" NOT NULL DEFAULT 'SUBMITTED',
    "review_comment" TEXT,
    "reviewed_at" TIMESTAMP(3),
    "published_at" TIMESTAMP(3),
    "submitted_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "search_vector" tsvector,

    CONSTRAINT "good_practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "good_practice_file" (
    "id" TEXT NOT NULL,
    "practice_id" TEXT NOT NULL,
    "file_id" TEXT NOT NULL,

    CONSTRAINT "good_practice_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "territorial_activity" (
    "id" TEXT NOT NULL,
    "type" "ActivityType" NOT NULL,
    "comuna_code" CHAR(5) NOT NULL,
    "municipality_code" CHAR(5) NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "partners" TEXT NOT NULL,
    "people_attended" INTEGER,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "territorial_activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_request" (
    "id" TEXT NOT NULL,
    "kind" "ActivityRequestKind" NOT NULL,
    "activity_id" TEXT,
    "activity_type" "ActivityType",
    "municipality_code" CHAR(5) NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "message" TEXT NOT NULL,
    "status" "ActivityRequestStatus" NOT NULL DEFAULT 'PENDING',
    "response" TEXT,
    "decided_at" TIMESTAMP(3),
    "requested_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "activity_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "training_session_region_code_starts_at_idx" ON "training_session"("region_code", "starts_at");

-- CreateIndex
CREATE INDEX "training_session_starts_at_idx" ON "training_session"("starts_at");

-- CreateIndex
CREATE INDEX "training_registration_municipality_code_session_id_idx" ON "training_registration"("municipality_code", "session_id");

-- CreateIndex
CREATE UNIQUE INDEX "training_registration_session_id_email_key" ON "training_registration"("session_id", "email");

-- CreateIndex
CREATE UNIQUE INDEX "training_session_record_training_record_id_key" ON "training_session_record"("training_record_id");

-- CreateIndex
CREATE INDEX "technical_visit_region_code_visit_on_idx" ON "technical_visit"("region_code", "visit_on");

-- CreateIndex
CREATE INDEX "technical_visit_municipality_code_visit_on_idx" ON "technical_visit"("municipality_code", "visit_on");

-- CreateIndex
CREATE INDEX "visit_agreement_visit_id_idx" ON "visit_agreement"("visit_id");

-- CreateIndex
CREATE INDEX "visit_agreement_municipality_code_done_at_idx" ON "visit_agreement"("municipality_code", "done_at");

-- CreateIndex
CREATE INDEX "good_practice_status_line_region_code_idx" ON "good_practice"("status", "line", "region_code");

-- CreateIndex
CREATE INDEX "good_practice_municipality_code_idx" ON "good_practice"("municipality_code");

-- CreateIndex
CREATE INDEX "good_practice_search_vector_idx" ON "good_practice" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "good_practice_file_practice_id_idx" ON "good_practice_file"("practice_id");

-- CreateIndex
CREATE INDEX "good_practice_file_file_id_idx" ON "good_practice_file"("file_id");

-- CreateIndex
CREATE INDEX "territorial_activity_region_code_starts_at_idx" ON "territorial_activity"("region_code", "starts_at");

-- CreateIndex
CREATE INDEX "territorial_activity_starts_at_idx" ON "territorial_activity"("starts_at");

-- CreateIndex
CREATE INDEX "activity_request_region_code_status_idx" ON "activity_request"("region_code", "status");

-- CreateIndex
CREATE INDEX "activity_request_municipality_code_created_at_idx" ON "activity_request"("municipality_code", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "activity_request_activity_id_municipality_code_key" ON "activity_request"("activity_id", "municipality_code");

-- AddForeignKey
ALTER TABLE "training_registration" ADD CONSTRAINT "training_registration_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_session_record" ADD CONSTRAINT "training_session_record_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_session_record" ADD CONSTRAINT "training_session_record_training_record_id_fkey" FOREIGN KEY ("training_record_id") REFERENCES "training_record"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_agreement" ADD CONSTRAINT "visit_agreement_visit_id_fkey" FOREIGN KEY ("visit_id") REFERENCES "technical_visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "good_practice_file" ADD CONSTRAINT "good_practice_file_practice_id_fkey" FOREIGN KEY ("practice_id") REFERENCES "good_practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "good_practice_file" ADD CONSTRAINT "good_practice_file_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_request" ADD CONSTRAINT "activity_request_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "territorial_activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Published practices are searched with the cases' Spanish, accents-optional configuration.
CREATE OR REPLACE FUNCTION good_practice_search_vector_update() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('es_unaccent', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('es_unaccent', coalesce(NEW.description, '')), 'B') ||
    setweight(to_tsvector('es_unaccent', coalesce(NEW.results, '')), 'C');
  RETURN NEW;
END;
$$;
CREATE TRIGGER good_practice_search_vector
  BEFORE INSERT OR UPDATE OF title, description, results ON "good_practice"
  FOR EACH ROW EXECUTE FUNCTION good_practice_search_vector_update();
