-- CreateEnum
CREATE TYPE "StatIndicator" AS ENUM ('POPULATION_TOTAL', 'POPULATION_MEN', 'POPULATION_WOMEN', 'FOREIGN_RESIDENTS_ESTIMATE', 'TEMPORARY_RESIDENCE_APPLICATIONS', 'TEMPORARY_RESIDENCE_GRANTS', 'DEFINITIVE_RESIDENCE_APPLICATIONS', 'DEFINITIVE_RESIDENCE_GRANTS');

-- CreateTable
CREATE TABLE "region" (
    "code" CHAR(2) NOT NULL,
    "roman_numeral" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "abbreviation" TEXT NOT NULL,
    "iso_code" TEXT NOT NULL,
    "north_south_order" INTEGER NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "province" (
    "code" CHAR(3) NOT NULL,
    "name" TEXT NOT NULL,
    "region_code" CHAR(2) NOT NULL,

    CONSTRAINT "province_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "comuna" (
    "code" CHAR(5) NOT NULL,
    "name" TEXT NOT NULL,
    "search_name" TEXT NOT NULL,
    "province_code" CHAR(3) NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "municipality_code" CHAR(5) NOT NULL,

    CONSTRAINT "comuna_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "municipality" (
    "code" CHAR(5) NOT NULL,
    "name" TEXT NOT NULL,
    "region_code" CHAR(2) NOT NULL,

    CONSTRAINT "municipality_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "comuna_alias" (
    "search_alias" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "comuna_code" CHAR(5) NOT NULL,

    CONSTRAINT "comuna_alias_pkey" PRIMARY KEY ("search_alias")
);

-- CreateTable
CREATE TABLE "stat_dataset" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "notes" TEXT NOT NULL,

    CONSTRAINT "stat_dataset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comuna_stat" (
    "comuna_code" CHAR(5) NOT NULL,
    "indicator" "StatIndicator" NOT NULL,
    "year" INTEGER NOT NULL,
    "value" INTEGER,
    "dataset_id" TEXT NOT NULL,

    CONSTRAINT "comuna_stat_pkey" PRIMARY KEY ("comuna_code","indicator","year")
);

-- CreateIndex
CREATE UNIQUE INDEX "region_iso_code_key" ON "region"("iso_code");

-- CreateIndex
CREATE UNIQUE INDEX "region_north_south_order_key" ON "region"("north_south_order");

-- CreateIndex
CREATE INDEX "province_region_code_idx" ON "province"("region_code");

-- CreateIndex
CREATE INDEX "comuna_region_code_search_name_idx" ON "comuna"("region_code", "search_name");

-- CreateIndex
CREATE INDEX "comuna_province_code_idx" ON "comuna"("province_code");

-- CreateIndex
CREATE INDEX "comuna_municipality_code_idx" ON "comuna"("municipality_code");

-- CreateIndex
CREATE INDEX "comuna_search_name_idx" ON "comuna"("search_name");

-- CreateIndex
CREATE INDEX "municipality_region_code_idx" ON "municipality"("region_code");

-- CreateIndex
CREATE INDEX "comuna_alias_comuna_code_idx" ON "comuna_alias"("comuna_code");

-- CreateIndex
CREATE INDEX "comuna_stat_indicator_year_idx" ON "comuna_stat"("indicator", "year");

-- CreateIndex
CREATE INDEX "comuna_stat_dataset_id_idx" ON "comuna_stat"("dataset_id");

-- AddForeignKey
ALTER TABLE "province" ADD CONSTRAINT "province_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comuna" ADD CONSTRAINT "comuna_province_code_fkey" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comuna" ADD CONSTRAINT "comuna_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comuna" ADD CONSTRAINT "comuna_municipality_code_fkey" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comuna_alias" ADD CONSTRAINT "comuna_alias_comuna_code_fkey" FOREIGN KEY ("comuna_code") REFERENCES "comuna"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comuna_stat" ADD CONSTRAINT "comuna_stat_comuna_code_fkey" FOREIGN KEY ("comuna_code") REFERENCES "comuna"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comuna_stat" ADD CONSTRAINT "comuna_stat_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "stat_dataset"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Accent-insensitive search (unaccent is not immutable, so indexes need this wrapper).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
