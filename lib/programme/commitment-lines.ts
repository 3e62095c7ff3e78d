/**
 * The five lines of action (líneas de acción) a municipality commits to when it signs the adhesion
 * letter, with the examples of the programme deck. Shown on the public home and offered later as
 * suggested actions in each municipality's work plan.
 */
export const COMMITMENT_LINES = [
  {
    code: "INSTITUCIONALIDAD",
    title: "Institucionalidad",
    description:
      "Una persona o unidad municipal designada lidera el trabajo con la población migrante y refugiada: diseña, ejecuta y evalúa el plan de trabajo municipal, vela por que los servicios municipales atiendan con enfoque de derechos y entrega información oportuna.",
    examples: [
      "Designar a una encargada o encargado municipal de migraciones",
      "Crear o fortalecer una oficina municipal de migrantes",
      "Llevar un registro de las atenciones a personas migrantes",
    ],
  },
  {
    code: "CAPACITACIONES",
    title: "Capacitaciones",
    description:
      "Un plan comunal de capacitación para funcionarias y funcionarios municipales, con monitores que lo imparten, registro de las personas capacitadas y evaluación de los talleres.",
    examples: [
      "Incluir la temática migratoria en el plan municipal de capacitación",
      "Formar monitores municipales que repliquen los talleres",
      "Registrar a las personas capacitadas y evaluar cada taller",
    ],
  },
  {
    code: "POLITICAS_LOCALES",
    title: "Políticas públicas locales",
    description: "Políticas locales de inclusión y no discriminación que incorporan a la población migrante en la planificación y los servicios de la comuna.",
    examples: [
      "Incluir la temática migrante en el PLADECO",
      "Ofertas laborales inclusivas en la OMIL",
      "Mesas sectoriales de salud, educación y trabajo",
    ],
  },
  {
    code: "REGULARIDAD_MIGRATORIA",
    title: "Regularidad migratoria",
    description: "Programas que acompañan a las personas migrantes en su regularización, con especial atención a niñas, niños y adolescentes.",
    examples: [
      "Orientar a las personas en sus solicitudes de residencia",
      "Promover la regularización de niñas, niños y adolescentes",
      "Organizar operativos de regularización junto a SERMIG",
    ],
  },
  {
    code: "ASOCIATIVIDAD_PARTICIPACION",
    title: "Asociatividad y participación",
    description: "Apoyo a la organización de las comunidades migrantes y a su participación en la vida comunal.",
    examples: [
      "Apoyar a las organizaciones de personas migrantes",
      "Invitar a personas migrantes a las consultas comunales",
      "Impulsar alianzas público-privadas con participación comunitaria",
    ],
  },
] as const;

export type CommitmentLineCode = (typeof COMMITMENT_LINES)[number]["code"];

/** What an adhered municipality receives (programme deck and SERMIG's published description). */
export const BENEFITS = [
  { title: "Canal directo con SERMIG", text: "Una plataforma para ingresar casos y resolver dudas y situaciones de vulneración de derechos, en especial de niñas, niños, adolescentes y víctimas de violencia." },
  { title: "Contacto con la encargada o encargado regional", text: "Acompañamiento cercano de la Dirección Regional de SERMIG durante todo el proceso." },
  { title: "Minutas estadísticas de la comuna", text: "Cifras periódicas sobre personas en movilidad humana, solicitudes y otorgamientos de residencias." },
  { title: "Capacitaciones y asesoría gratuita", text: "Charlas, talleres y visitas técnicas para fortalecer las capacidades del equipo municipal." },
  { title: "Boletín y material de difusión", text: "Información actualizada y material gráfico en varios idiomas para la comunidad." },
  { title: "Respaldo y patrocinio del Estado", text: "Patrocinio de SERMIG a las actividades municipales y la posibilidad de presentarlas en sus eventos." },
] as const;
