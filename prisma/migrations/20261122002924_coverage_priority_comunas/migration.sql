-- CreateTable
CREATE TABLE "priority_comuna" (
    "comuna_code" CHAR(5) NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "reason" TEXT NOT NULL,
    "marked_by_id" TEXT NOT NULL,
    "marked_by_name" TEXT NOT NULL,
    "marked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "priority_comuna_pkey" PRIMARY KEY ("comuna_code")
);

-- CreateIndex
CREATE INDEX "priority_comuna_region_code_idx" ON "priority_comuna"("region_code");

-- AddForeignKey
ALTER TABLE "priority_comuna" ADD CONSTRAINT "priority_comuna_comuna_code_fkey" FOREIGN KEY ("comuna_code") REFERENCES "comuna"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
