-- Saved views of the inbox (lib/cases/saved-views.ts): a person's named filters and sort, personal or
-- shared with her region (or, for national admins, the country), and the one her inbox opens with.
CREATE TYPE "SavedViewAudience" AS ENUM ('PERSONAL', 'REGIONAL', 'NACIONAL');

CREATE TABLE "saved_view" (
    "id" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "audience" "SavedViewAudience" NOT NULL DEFAULT 'PERSONAL',
    "region_code" CHAR(2),
    "filters" JSONB NOT NULL,
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "saved_view_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "saved_view_default" (
    "user_id" TEXT NOT NULL,
    "saved_view_id" TEXT NOT NULL,

    CONSTRAINT "saved_view_default_pkey" PRIMARY KEY ("user_id")
);

CREATE INDEX "saved_view_owner_id_position_idx" ON "saved_view"("owner_id", "position");
CREATE INDEX "saved_view_audience_region_code_idx" ON "saved_view"("audience", "region_code");
CREATE UNIQUE INDEX "saved_view_owner_id_name_key" ON "saved_view"("owner_id", "name");
CREATE INDEX "saved_view_default_saved_view_id_idx" ON "saved_view_default"("saved_view_id");

ALTER TABLE "saved_view" ADD CONSTRAINT "saved_view_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "saved_view_default" ADD CONSTRAINT "saved_view_default_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "saved_view_default" ADD CONSTRAINT "saved_view_default_saved_view_id_fkey" FOREIGN KEY ("saved_view_id") REFERENCES "saved_view"("id") ON DELETE CASCADE ON UPDATE CASCADE;
