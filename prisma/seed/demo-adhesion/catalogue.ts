/**
 * The words of the invented work plans and trainings. Titles follow the examples of each line in
 * lib/programme/commitment-lines.ts and the programme descriptions in DOMAIN-NOTES §2 and §5–7.
 */
import type { CommitmentLine } from "../../../lib/generated/prisma/enums";

export type ActionTemplate = {
  title: string;
  description: string;
  unit: string;
  /** Means of verification: what it shows, and the page of the (fictional) municipal site. */
  evidence: { description: string; path: string }[];
};

export const ACTION_TEMPLATES: Record<CommitmentLine, ActionTemplate[]> = {
  INSTITUCIONALIDAD: [
    {
      title: "Designar a una encargada o encargado municipal de migraciones",
      description: "Dictar el decreto alcaldicio que designa a la persona responsable del trabajo con la población migrante y refugiada, con sus funciones y horas asignadas.",
      unit: "Administración Municipal",
      evidence: [{ description: "Decreto alcaldicio de designación", path: "transparencia/decretos/designacion-encargada-migraciones" }],
    },
    {
      title: "Crear o fortalecer la oficina municipal de migrantes",
      description: "Formalizar la oficina en el reglamento interno, con un espacio de atención, horario publicado y equipo asignado.",
      unit: "Dirección de Desarrollo Comunitario (DIDECO)",
      evidence: [
        { description: "Modificación del reglamento interno municipal", path: "transparencia/reglamento-interno" },
        { description: "Horario y dirección de la oficina publicados", path: "servicios/oficina-migrantes" },
      ],
    },
    {
      title: "Llevar un registro de las atenciones a personas migrantes",
      description: "Registrar cada atención (fecha, motivo y derivación) en un formato común para DIDECO, OMIL y salud, resguardando los datos personales.",
      unit: "Oficina Municipal de Migrantes",
      evidence: [
        { description: "Formato de registro de atenciones", path: "documentos/registro-atenciones" },
        { description: "Reporte trimestral de atenciones", path: "documentos/reporte-atenciones" },
      ],
    },
    {
      title: "Diseñar y evaluar el plan de trabajo municipal del Sello Migrante",
      description: "Elaborar el plan con metas por línea de acción, presentarlo al Concejo Municipal y evaluarlo cada semestre.",
      unit: "Secretaría Comunal de Planificación (SECPLAN)",
      evidence: [
        { description: "Plan de trabajo aprobado", path: "documentos/plan-trabajo-sello-migrante" },
        { description: "Acta de la sesión del Concejo Municipal", path: "concejo/actas" },
      ],
    },
    {
      title: "Revisar la atención de los servicios municipales con enfoque de derechos",
      description: "Aplicar una pauta de revisión en las unidades con más atención de público y corregir las barreras detectadas: documentos exigidos, horarios e idioma.",
      unit: "Oficina Municipal de Migrantes",
      evidence: [{ description: "Informe de revisión de la atención municipal", path: "documentos/informe-atencion-enfoque-derechos" }],
    },
  ],
  CAPACITACIONES: [
    {
      title: "Incluir la temática migratoria en el plan municipal de capacitación",
      description: "Agregar al plan anual de capacitación del personal módulos sobre la Ley 21.325, interculturalidad y no discriminación.",
      unit: "Departamento de Personal",
      evidence: [{ description: "Plan anual de capacitación con los módulos incluidos", path: "transparencia/plan-capacitacion" }],
    },
    {
      title: "Formar monitores municipales que repliquen los talleres",
      description: "Seleccionar y formar a funcionarias y funcionarios que impartan los talleres al resto del municipio.",
      unit: "Departamento de Personal",
      evidence: [
        { description: "Nómina de monitores formados", path: "documentos/monitores-sello-migrante" },
        { description: "Programa de la formación de monitores", path: "documentos/formacion-monitores" },
      ],
    },
    {
      title: "Taller de atención intercultural para funcionarios de atención de público",
      description: "Taller práctico para el personal de primera línea: trato no discriminatorio, comunicación intercultural y derivación de casos.",
      unit: "Oficina Municipal de Migrantes",
      evidence: [
        { description: "Lista de asistencia del taller", path: "documentos/asistencia-taller-intercultural" },
        { description: "Presentación utilizada en el taller", path: "documentos/presentacion-taller-intercultural" },
      ],
    },
    {
      title: "Registrar a las personas capacitadas y evaluar cada taller",
      description: "Mantener la nómina de personas capacitadas por unidad y aplicar una encuesta de evaluación al cierre de cada taller.",
      unit: "Departamento de Personal",
      evidence: [
        { description: "Registro de personas capacitadas", path: "documentos/registro-capacitados" },
        { description: "Resultados de la encuesta de evaluación", path: "documentos/evaluacion-talleres" },
      ],
    },
    {
      title: "Jornada sobre la Ley 21.325 y los trámites de residencia",
      description: "Jornada con la Dirección Regional de SERMIG sobre las categorías migratorias y el Portal de Trámites Digitales.",
      unit: "Dirección de Desarrollo Comunitario (DIDECO)",
      evidence: [{ description: "Programa y lista de asistencia de la jornada", path: "noticias/jornada-ley-migracion" }],
    },
  ],
  POLITICAS_LOCALES: [
    {
      title: "Incluir la temática migrante en el PLADECO",
      description: "Incorporar un diagnóstico y objetivos sobre la población migrante en la actualización del Plan de Desarrollo Comunal.",
      unit: "Secretaría Comunal de Planificación (SECPLAN)",
      evidence: [{ description: "Capítulo del PLADECO sobre población migrante", path: "transparencia/pladeco" }],
    },
    {
      title: "Ofertas laborales inclusivas en la OMIL",
      description: "Acordar con empresas de la comuna ofertas abiertas a personas extranjeras con permiso de trabajo y orientar sobre los requisitos.",
      unit: "Oficina Municipal de Intermediación Laboral (OMIL)",
      evidence: [{ description: "Registro de ofertas laborales inclusivas publicadas", path: "omil/ofertas-inclusivas" }],
    },
    {
      title: "Mesas sectoriales de salud, educación y trabajo",
      description: "Reunir cada mes a CESFAM, establecimientos educacionales y OMIL para resolver casos y barreras de acceso.",
      unit: "Dirección de Desarrollo Comunitario (DIDECO)",
      evidence: [{ description: "Actas de las mesas sectoriales", path: "documentos/actas-mesas-sectoriales" }],
    },
    {
      title: "Ordenanza municipal de inclusión y no discriminación",
      description: "Proponer al Concejo una ordenanza contra la discriminación arbitraria en los servicios municipales que incluya a la población migrante.",
      unit: "Dirección Jurídica",
      evidence: [{ description: "Ordenanza publicada", path: "transparencia/ordenanzas/inclusion" }],
    },
    {
      title: "Información municipal en creole y otros idiomas",
      description: "Traducir la información de los principales servicios municipales a los idiomas de la comunidad migrante de la comuna.",
      unit: "Departamento de Comunicaciones",
      evidence: [{ description: "Folletos traducidos publicados", path: "servicios/informacion-en-idiomas" }],
    },
  ],
  REGULARIDAD_MIGRATORIA: [
    {
      title: "Orientar a las personas en sus solicitudes de residencia",
      description: "Atención semanal para orientar sobre la residencia temporal y definitiva y el uso del Portal de Trámites Digitales de SERMIG.",
      unit: "Oficina Municipal de Migrantes",
      evidence: [{ description: "Registro de orientaciones realizadas", path: "documentos/orientaciones-residencia" }],
    },
    {
      title: "Promover la regularización de niñas, niños y adolescentes",
      description: "Difundir en colegios y jardines la residencia temporal para NNA, gratuita e independiente de la situación de sus padres, y acompañar las solicitudes.",
      unit: "Departamento de Educación Municipal (DAEM)",
      evidence: [
        { description: "Material de difusión en establecimientos", path: "educacion/ninez-migrante" },
        { description: "Registro de solicitudes acompañadas", path: "documentos/solicitudes-nna" },
      ],
    },
    {
      title: "Organizar operativos de regularización junto a SERMIG",
      description: "Coordinar con la Dirección Regional de SERMIG jornadas de atención en terreno en la comuna.",
      unit: "Dirección de Desarrollo Comunitario (DIDECO)",
      evidence: [
        { description: "Convocatoria del operativo", path: "noticias/operativo-regularizacion" },
        { description: "Informe de personas atendidas", path: "documentos/informe-operativo" },
      ],
    },
    {
      title: "Recibir la oficina móvil de empadronamiento biométrico de SERMIG",
      description: "Coordinar la visita de la oficina móvil para empadronar a las personas que ingresaron por paso no habilitado.",
      unit: "Dirección de Desarrollo Comunitario (DIDECO)",
      evidence: [{ description: "Informe del operativo de empadronamiento", path: "noticias/empadronamiento-biometrico" }],
    },
    {
      title: "Protocolo de derivación de casos a SERMIG",
      description: "Definir cómo se derivan a la Dirección Regional, por el canal del Sello, los casos de vulneración de derechos y de niñas, niños y adolescentes.",
      unit: "Oficina Municipal de Migrantes",
      evidence: [{ description: "Protocolo de derivación aprobado", path: "documentos/protocolo-derivacion" }],
    },
  ],
  ASOCIATIVIDAD_PARTICIPACION: [
    {
      title: "Apoyar a las organizaciones de personas migrantes",
      description: "Asesorar la constitución de organizaciones y su postulación a los fondos concursables municipales.",
      unit: "Oficina de Organizaciones Comunitarias",
      evidence: [{ description: "Certificados de organizaciones constituidas", path: "organizaciones/migrantes" }],
    },
    {
      title: "Invitar a personas migrantes a las consultas comunales",
      description: "Convocar a la comunidad migrante a las consultas y cabildos del municipio, con difusión en sus idiomas.",
      unit: "Dirección de Desarrollo Comunitario (DIDECO)",
      evidence: [{ description: "Convocatoria y registro de participación", path: "participacion/consultas" }],
    },
    {
      title: "Impulsar alianzas público-privadas con participación comunitaria",
      description: "Firmar convenios con empresas, universidades y fundaciones para actividades de inclusión, diseñadas con las organizaciones migrantes.",
      unit: "Administración Municipal",
      evidence: [{ description: "Convenio firmado", path: "transparencia/convenios" }],
    },
    {
      title: "Feria intercultural comunal",
      description: "Organizar una feria anual con emprendimientos, gastronomía y expresiones culturales de las comunidades migrantes.",
      unit: "Departamento de Cultura",
      evidence: [{ description: "Programa y registro fotográfico de la feria", path: "noticias/feria-intercultural" }],
    },
    {
      title: "Representación migrante en el COSOC",
      description: "Promover que las organizaciones migrantes postulen al Consejo Comunal de Organizaciones de la Sociedad Civil.",
      unit: "Secretaría Municipal",
      evidence: [{ description: "Nómina del COSOC con organizaciones migrantes", path: "participacion/cosoc" }],
    },
  ],
};

export const RETURN_COMMENTS = [
  "El enlace no abre. Verifique que el documento esté publicado con acceso público.",
  "Falta la lista de asistencia firmada; agréguela como medio de verificación.",
  "El documento no tiene fecha ni unidad responsable. Suba la versión firmada.",
  "La evidencia corresponde al período anterior; suba la de este plan de trabajo.",
  "Incluya los resultados de la evaluación (encuesta o informe), no solo la convocatoria.",
];

export const TRAINING_TOPICS = [
  "Ley 21.325 de Migración y Extranjería: principios y derechos",
  "Atención intercultural y no discriminación en la atención de público",
  "Residencia temporal y definitiva: requisitos y Portal de Trámites Digitales",
  "Niñez migrante: residencia temporal para niñas, niños y adolescentes",
  "Trata de personas y tráfico de migrantes: detección y derivación",
  "Violencia de género y mujeres migrantes: orientación y derivación",
  "Refugio y protección internacional",
];

export const TRAINERS = ["Dirección Regional de SERMIG", "Monitores municipales del Sello Migrante", "Departamento de Inclusión de SERMIG", "Oficina Municipal de Migrantes"];

export const UNITS_ATTENDING = [
  "DIDECO, OMIL y Oficina de Partes",
  "CESFAM y Departamento de Salud Municipal",
  "DAEM y establecimientos educacionales",
  "Atención de público, Tránsito y Rentas",
  "Seguridad Pública y Oficina de la Mujer",
];

export const TRAINING_EVALUATIONS = [
  "Encuesta de satisfacción: promedio 4,6 de 5. Piden más casos prácticos.",
  "Encuesta de satisfacción: promedio 4,3 de 5. Se solicitó material impreso para las oficinas.",
  "Evaluación de aprendizaje: 85 % de respuestas correctas al cierre.",
  "Buena participación; se acordó repetir el taller para el turno de la tarde.",
];
