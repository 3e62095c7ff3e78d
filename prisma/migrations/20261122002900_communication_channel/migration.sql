-- CreateEnum
CREATE TYPE "BulletinAudience" AS ENUM ('NATIONAL', 'REGION');

-- CreateEnum
CREATE TYPE "MaterialCategory" AS ENUM ('AFICHE', 'FOLLETO', 'GUIA', 'INFOGRAFIA', 'OTRO');

-- CreateTable
CREATE TABLE "regional_contact" (
    "id" TEXT NOT NULL,
    "region_code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "direct_phone" TEXT,
    "office_address" TEXT NOT NULL,
    "office_phone" TEXT,
    "primary_of" CHAR(2),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "regional_contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bulletin" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "audience" "BulletinAudience" NOT NULL,
    "region_code" CHAR(2),
    "author_id" TEXT NOT NULL,
    "author_name" TEXT NOT NULL,
    "published_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idempotency_key" TEXT NOT NULL,

    CONSTRAINT "bulletin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bulletin_attachment" (
    "id" TEXT NOT NULL,
    "bulletin_id" TEXT NOT NULL,
    "file_id" TEXT NOT NULL,

    CONSTRAINT "bulletin_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bulletin_read" (
    "bulletin_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "municipality_code" CHAR(5),
    "read_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bulletin_read_pkey" PRIMARY KEY ("bulletin_id","user_id")
);

-- CreateTable
CREATE TABLE "material" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" "MaterialCategory" NOT NULL,
    "language" TEXT NOT NULL,
    "file_id" TEXT NOT NULL,
    "uploaded_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "material_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "regional_contact_primary_of_key" ON "regional_contact"("primary_of");

-- CreateIndex
CREATE INDEX "regional_contact_region_code_active_idx" ON "regional_contact"("region_code", "active");

-- CreateIndex
CREATE UNIQUE INDEX "bulletin_idempotency_key_key" ON "bulletin"("idempotency_key");

-- CreateIndex
CREATE INDEX "bulletin_audience_region_code_published_at_idx" ON "bulletin"("audience", "region_code", "published_at");

-- CreateIndex
CREATE INDEX "bulletin_author_id_published_at_idx" ON "bulletin"("author_id", "published_at");

-- CreateIndex
CREATE UNIQUE INDEX "bulletin_attachment_file_id_key" ON "bulletin_attachment"("file_id");

-- CreateIndex
CREATE INDEX "bulletin_attachment_bulletin_id_idx" ON "bulletin_attachment"("bulletin_id");

-- CreateIndex
CREATE INDEX "bulletin_read_user_id_idx" ON "bulletin_read"("user_id");

-- CreateIndex
CREATE INDEX "bulletin_read_bulletin_id_municipality_code_idx" ON "bulletin_read"("bulletin_id", "municipality_code");

-- CreateIndex
CREATE UNIQUE INDEX "material_file_id_key" ON "material"("file_id");

-- CreateIndex
CREATE INDEX "material_category_language_created_at_idx" ON "material"("category", "language", "created_at");

-- CreateIndex
CREATE INDEX "material_language_idx" ON "material"("language");

-- AddForeignKey
ALTER TABLE "regional_contact" ADD CONSTRAINT "regional_contact_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bulletin_attachment" ADD CONSTRAINT "bulletin_attachment_bulletin_id_fkey" FOREIGN KEY ("bulletin_id") REFERENCES "bulletin"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bulletin_attachment" ADD CONSTRAINT "bulletin_attachment_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bulletin_read" ADD CONSTRAINT "bulletin_read_bulletin_id_fkey" FOREIGN KEY ("bulletin_id") REFERENCES "bulletin"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "material" ADD CONSTRAINT "material_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One primary contact per region: primary_of is unique, and this trigger keeps it equal to the
-- contact's own region. (A trigger rather than a CHECK constraint: the offline schema engine that
-- diffs migrations cannot read CHECK constraints.)
CREATE FUNCTION regional_contact_primary_of_own_region() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.primary_of IS NOT NULL AND NEW.primary_of <> NEW.region_code THEN
    RAISE EXCEPTION 'regional_contact_primary_of_own_region: primary_of debe ser la región del contacto' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER regional_contact_primary_of_own_region BEFORE INSERT OR UPDATE ON "regional_contact"
  FOR EACH ROW EXECUTE FUNCTION regional_contact_primary_of_own_region();

-- A regional bulletin names its region; a national one does not.
CREATE FUNCTION bulletin_audience_region() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.audience = 'REGION') <> (NEW.region_code IS NOT NULL) THEN
    RAISE EXCEPTION 'bulletin_audience_region: un boletín regional indica su región y uno nacional no' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER bulletin_audience_region BEFORE INSERT OR UPDATE ON "bulletin"
  FOR EACH ROW EXECUTE FUNCTION bulletin_audience_region();
