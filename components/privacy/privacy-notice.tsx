import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/page-heading";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-2xl font-bold text-sermig-blue-dark">
        {title}
      </h2>
      {children}
    </section>
  );
}

function period(months: number): string {
  if (months % 12 === 0) return `${months / 12} ${months === 12 ? "año" : "años"}`;
  return `${months} ${months === 1 ? "mes" : "meses"}`;
}

/** The privacy notice (Ley 19.628 as amended by Ley 21.719): plain Spanish, for the people in the cases and for officers. */
export function PrivacyNotice({ retentionMonths }: { retentionMonths: number }) {
  return (
    <article className="mx-auto max-w-3xl space-y-10 leading-relaxed">
      <header className="space-y-3">
        <PageHeading title="Privacidad y datos personales" />
        <p className="text-lg">
          Este aviso explica qué datos personales trata el portal Sello Migrante, para qué, por cuánto tiempo, quién los recibe y cómo puede ejercer sus derechos. Se rige por la Ley 19.628 sobre
          protección de la vida privada, modificada por la Ley 21.719, vigente desde el 1 de diciembre de 2026.
        </p>
      </header>

      <Section id="responsable" title="Quién es responsable">
        <p>
          El responsable de los datos es el <strong>Servicio Nacional de Migraciones (SERMIG)</strong>, a través de su Departamento de Inclusión, que administra el programa Sello Migrante. Las
          municipalidades adheridas ingresan los casos y los tratan por encargo y bajo las reglas del programa.
        </p>
      </Section>

      <Section id="datos" title="Qué datos se tratan">
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <strong>De las funcionarias y funcionarios</strong> municipales y de SERMIG que usan el portal: RUN, nombre, correo, cargo, municipalidad o región, y el registro de lo que hacen en el
            portal (auditoría).
          </li>
          <li>
            <strong>De las personas de un caso</strong> (la persona migrante y quienes la acompañan): nombre, tipo y número de documento, nacionalidad, fecha de nacimiento, sexo o género, un
            contacto, su relación con el caso, el relato de la situación, las notas del seguimiento y los archivos adjuntos.
          </li>
          <li>
            Algunos de esos datos son <strong>sensibles</strong> o de categorías especiales: los de niñas, niños y adolescentes, los de violencia de género o intrafamiliar, trata o tráfico de
            migrantes, de salud o embarazo, y la nacionalidad y la situación migratoria, que pueden revelar el origen o la situación socioeconómica. Por eso solo los ven quienes atienden el caso,
            y cada lectura de un caso reservado queda registrada.
          </li>
        </ul>
      </Section>

      <Section id="finalidad" title="Para qué y con qué base legal">
        <p>
          Los datos se usan para atender el caso: que SERMIG y la municipalidad orienten, deriven y resuelvan la situación de la persona, y para llevar las estadísticas del programa (que no
          identifican a nadie). No se usan para otros fines, ni para decisiones automatizadas.
        </p>
        <p>
          SERMIG los trata dentro de sus competencias legales como órgano público, en particular las de la Ley 21.325 de Migración y Extranjería, conforme al título IV de la Ley 19.628
          (modificada por la Ley 21.719). Cuando la persona da su consentimiento para compartir sus datos con SERMIG, queda registrado en el caso; cuando no corresponde pedirlo (por ejemplo, por
          el interés superior de un niño), se registra la base legal.
        </p>
      </Section>

      <Section id="plazo" title="Por cuánto tiempo">
        <p>
          Los datos de un caso se conservan mientras el caso está abierto y hasta <strong>{period(retentionMonths)}</strong> después de su cierre. Cumplido ese plazo, el portal anonimiza el caso
          automáticamente: borra los nombres, documentos, fechas de nacimiento, contactos, relatos, notas y archivos, y conserva solo lo necesario para las estadísticas (tipo de caso, territorio,
          fechas, estado, nacionalidad) y el registro de auditoría. Un caso puede quedar retenido más tiempo solo si hay una obligación legal, como un proceso judicial en curso.
        </p>
      </Section>

      <Section id="destinatarios" title="Quién recibe los datos">
        <p>
          La municipalidad que ingresó el caso, la coordinación regional de SERMIG que lo atiende y la administración nacional del programa. Si el caso se deriva a otra institución (por ejemplo,
          la Oficina Local de la Niñez o un centro de la mujer), se comparte solo lo necesario para la derivación. Los correos que envía el portal nunca contienen datos de las personas de un
          caso.
        </p>
      </Section>

      <Section id="seguridad" title="Cómo se protegen">
        <p>
          El ingreso al portal es con ClaveÚnica y solo para personas habilitadas; cada una ve únicamente los casos de su municipalidad o región. La información viaja cifrada, los archivos se
          revisan al subirlos y se descargan solo con permiso, y toda modificación queda en un registro de auditoría que no se puede alterar. Las copias de respaldo se prueban restaurándolas.
        </p>
      </Section>

      <Section id="derechos" title="Sus derechos y cómo ejercerlos">
        <p>Toda persona cuyos datos estén en el portal puede pedir:</p>
        <ul className="list-disc space-y-2 pl-6">
          <li><strong>Acceso:</strong> saber qué datos suyos se tratan y obtener una copia.</li>
          <li><strong>Rectificación:</strong> corregir datos inexactos o incompletos; cada corrección queda registrada con su motivo.</li>
          <li><strong>Supresión:</strong> que se eliminen los datos que ya no son necesarios o se trataron sin base legal.</li>
          <li><strong>Oposición:</strong> oponerse a un tratamiento determinado, en los casos que la ley permite.</li>
          <li><strong>Portabilidad:</strong> recibir sus datos en un formato estructurado y de uso común (JSON o CSV).</li>
          <li><strong>Bloqueo:</strong> que se suspenda temporalmente el tratamiento mientras se resuelve una solicitud.</li>
        </ul>
        <p>
          Puede presentar su solicitud a SERMIG a través de la Oficina de Partes del Servicio o del formulario de solicitudes de su sitio de transparencia, indicando su nombre, su número de
          documento y qué derecho ejerce. También puede pedir ayuda a la municipalidad que ingresó su caso para hacer la solicitud. SERMIG responde dentro del plazo que fija la ley; si no
          responde o rechaza la solicitud, puede reclamar ante la Agencia de Protección de Datos Personales.
        </p>
      </Section>
    </article>
  );
}
