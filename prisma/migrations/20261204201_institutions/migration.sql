-- The catalogue of institutions cases are derived to (lib/institutions). It is reference data every
-- installation needs, so its first entries are loaded here rather than by the demo seed. Derivations
-- written before it keep their free text in "derived_to" with no institution: they read as
-- "Otra institución" with that text, which is how the derive step stores any other institution.
CREATE TABLE "institution" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "institution_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "institution_name_key" ON "institution"("name");
CREATE INDEX "institution_active_position_idx" ON "institution"("active", "position");

ALTER TABLE "case" ADD COLUMN "derived_institution_id" TEXT;
CREATE INDEX "case_derived_institution_id_idx" ON "case"("derived_institution_id");
-- RESTRICT: an institution a case names is never deleted, only deactivated.
ALTER TABLE "case" ADD CONSTRAINT "case_derived_institution_id_fkey" FOREIGN KEY ("derived_institution_id") REFERENCES "institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

INSERT INTO "institution" ("id", "name", "kind", "position", "updated_at") VALUES
  (gen_random_uuid()::text, 'Oficina Local de la Niñez (OLN)', 'Protección de la niñez', 1, CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'Mejor Niñez (Servicio Nacional de Protección Especializada a la Niñez y Adolescencia)', 'Protección de la niñez', 2, CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'SernamEG', 'Mujer y equidad de género', 3, CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'Ministerio Público (Fiscalía)', 'Justicia', 4, CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'PDI', 'Policías', 5, CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'Carabineros de Chile', 'Policías', 6, CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'CESFAM', 'Salud', 7, CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'Defensoría de la Niñez', 'Derechos humanos', 8, CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'INDH', 'Derechos humanos', 9, CURRENT_TIMESTAMP),
  (gen_random_uuid()::text, 'Organización de la sociedad civil colaboradora', 'Sociedad civil', 10, CURRENT_TIMESTAMP);
