-- AddForeignKey
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
