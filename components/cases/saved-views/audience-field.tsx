import { SelectField } from "@/components/ui/form-fields";
import type { Viewer } from "@/lib/auth/viewer";
import { audiencesFor, SAVED_VIEW_AUDIENCES } from "@/lib/cases/saved-view-labels";
import type { SavedViewAudience } from "@/lib/generated/prisma/enums";

/** With whom a view is shared: the choices the person's role allows. */
export function AudienceField({ viewer, defaultValue = "PERSONAL" }: { viewer: Pick<Viewer, "role">; defaultValue?: SavedViewAudience }) {
  return (
    <SelectField
      key={defaultValue}
      name="audience"
      label="Quién la ve"
      defaultValue={defaultValue}
      options={audiencesFor(viewer).map((value) => ({ value, label: SAVED_VIEW_AUDIENCES[value] }))}
    />
  );
}
