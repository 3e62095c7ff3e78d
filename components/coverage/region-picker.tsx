import { FilterSelect } from "@/components/ui/filter-fields";
import type { Region } from "@/lib/coverage/page-scope";

/** National admins choose the country or one region; the choice lives in the URL (?region=NN). */
export function RegionPicker({ action, regions, current }: { action: string; regions: Region[]; current: string | null }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3">
      <FilterSelect name="region" label="Territorio" allLabel="Todo el país" defaultValue={current ?? ""} options={regions.map((r) => ({ value: r.code, label: r.name }))} />
      <button type="submit" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark">
        Ver
      </button>
    </form>
  );
}
