-- The municipality's own short label for a case ("referencia municipal"): lets the officer tell
-- reserved cases apart in her list without their summary. Never names or documents (the form says so).
ALTER TABLE "case" ADD COLUMN "municipal_reference" VARCHAR(40);
