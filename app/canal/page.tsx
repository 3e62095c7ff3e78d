import { SectionHub } from "@/components/layout/section-hub";
import { CHANNEL_SECTIONS, sectionsFor } from "@/components/layout/sections";
import { pageViewer } from "@/lib/auth/viewer";

export default async function ChannelPage() {
  const viewer = await pageViewer("/canal");
  return (
    <SectionHub
      title="Canal SERMIG"
      intro="Lo que el programa ofrece a las municipalidades adheridas además de los casos: información, formación del equipo municipal, acompañamiento en terreno y experiencias de otras comunas."
      sections={sectionsFor(viewer, CHANNEL_SECTIONS)}
    />
  );
}
