-- CreateEnum
CREATE TYPE "StatImportStatus" AS ENUM ('PREVIEW', 'IMPORTED');

-- CreateTable
CREATE TABLE "stat_import" (
    "id" TEXT NOT NULL,
    "indicator" "StatIndicator" NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "name_column" TEXT NOT NULL,
    "value_column" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "status" "StatImportStatus" NOT NULL DEFAULT 'PREVIEW',
    "dataset_id" TEXT,
    "imported_rows" INTEGER,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "imported_at" TIMESTAMP(3),

    CONSTRAINT "stat_import_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "stat_import_dataset_id_key" ON "stat_import"("dataset_id");

-- CreateIndex
CREATE INDEX "stat_import_status_created_at_idx" ON "stat_import"("status", "created_at");
