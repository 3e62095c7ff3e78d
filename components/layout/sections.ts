import { hasPermission, type Permission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

export type Section = { href: string; title: string; description: string; permission: Permission };

/** What the programme offers an adhered municipality besides cases: the "Canal SERMIG" hub. */
export const CHANNEL_SECTIONS: Section[] = [
  { href: "/boletines", title: "Boletines", description: "Noticias y avisos de SERMIG para las municipalidades adheridas.", permission: "bulletins.read" },
  { href: "/capacitaciones", title: "Capacitaciones y charlas", description: "Sesiones de SERMIG: inscripción del equipo municipal, asistencia y evaluación.", permission: "trainings.read" },
  { href: "/visitas", title: "Visitas técnicas", description: "Visitas de acompañamiento de la coordinación regional y sus acuerdos.", permission: "visits.read" },
  { href: "/materiales", title: "Material de difusión", description: "Afiches, folletos y guías por categoría e idioma, listos para descargar.", permission: "materials.read" },
  { href: "/buenas-practicas", title: "Buenas prácticas", description: "Experiencias de otros gobiernos locales, por línea de acción y región.", permission: "practices.read" },
  { href: "/dispositivos", title: "Dispositivos territoriales", description: "Operativos y actividades en terreno: calendario, participación y solicitudes.", permission: "activities.read" },
];

/** Configuration and oversight: the "Administración" hub. */
export const ADMIN_SECTIONS: Section[] = [
  { href: "/admin/usuarios", title: "Usuarios", description: "Quién puede ingresar al portal, con qué rol y en qué territorio.", permission: "users.read" },
  { href: "/admin/contactos", title: "Contactos regionales", description: "Directorio de encargadas y encargados regionales de SERMIG.", permission: "contacts.manage" },
  { href: "/admin/estadisticas/importar", title: "Estadísticas", description: "Cargar nuevas cifras comunales desde datos abiertos de SERMIG e INE.", permission: "statistics.import" },
  { href: "/admin/instituciones", title: "Instituciones de derivación", description: "Las instituciones a las que la coordinación deriva los casos.", permission: "institutions.manage" },
  { href: "/admin/sla", title: "Plazos de atención", description: "Días hábiles para la primera respuesta y la resolución de los casos.", permission: "sla.configure" },
  { href: "/admin/privacidad", title: "Privacidad", description: "Derechos de las personas, retención legal y anonimización por plazo.", permission: "privacy.manage" },
  { href: "/admin/auditoria", title: "Auditoría", description: "Registro de cada cambio y evento de seguridad, con descarga.", permission: "audit.read" },
];

export function sectionsFor(viewer: Viewer, sections: Section[]): Section[] {
  return sections.filter((section) => hasPermission(viewer.role, section.permission));
}
