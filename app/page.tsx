import { AppLink } from "@/components/ui/app-link";
import { DocumentTitle } from "@/components/ui/page-heading";
import { BENEFITS, COMMITMENT_LINES } from "@/lib/programme/commitment-lines";

const STEPS = [
  { title: "Carta de compromiso", text: "La alcaldesa o el alcalde firma la carta con el acuerdo del concejo municipal." },
  { title: "Plan de trabajo", text: "La municipalidad implementa acciones en las cinco líneas, acompañada por SERMIG, sin plazos fijos." },
  { title: "Evaluación", text: "Cuando está lista, la municipalidad pide ser evaluada y un comité calificador revisa su trabajo." },
  { title: "Certificación", text: "SERMIG otorga el Sello por resolución; se revalida cada dos años." },
];

export default function HomePage() {
  return (
    <div className="space-y-14">
      <section className="rounded-2xl bg-sermig-blue px-6 py-10 text-white sm:px-10">
        <p className="text-sm font-medium uppercase tracking-wide text-white">Servicio Nacional de Migraciones</p>
        <DocumentTitle />
        <h1 className="mt-2 text-3xl font-bold sm:text-4xl">Sello Migrante</h1>
        <p className="mt-4 max-w-3xl text-lg leading-relaxed">
          Un reconocimiento que el Estado de Chile, a través de SERMIG, otorga a las municipalidades que desarrollan acciones para la
          inclusión de la población migrante y refugiada, con enfoque de derechos y sin discriminación.
        </p>
        <p className="mt-3 max-w-3xl leading-relaxed text-white/90">
          Su objetivo es crear o fortalecer la institucionalidad municipal necesaria para ejecutar planes, programas y proyectos de
          atención e inclusión. Nació en 2015 y hoy es también el canal directo entre los municipios y SERMIG.
        </p>
        <AppLink
          href="/comunas"
          className="mt-6 inline-block rounded-lg bg-white px-5 py-3 font-medium text-sermig-blue-dark no-underline hover:bg-sermig-blue-light"
        >
          Explorar las comunas de Chile
        </AppLink>
        <AppLink href="/contactos" className="mt-6 ml-4 inline-block font-medium text-white">
          Oficinas regionales de SERMIG
        </AppLink>
      </section>

      <section aria-labelledby="proceso">
        <h2 id="proceso" className="text-2xl font-bold text-sermig-blue-dark">
          Cómo se obtiene
        </h2>
        <ol className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {STEPS.map((step, i) => (
            <li key={step.title} className="rounded-xl border border-slate-200 bg-white p-5">
              <span className="text-sm font-bold text-sermig-red-dark">Paso {i + 1}</span>
              <h3 className="mt-1 font-bold">{step.title}</h3>
              <p className="mt-2 text-sm leading-relaxed text-muted">{step.text}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="lineas">
        <h2 id="lineas" className="text-2xl font-bold text-sermig-blue-dark">
          Las cinco líneas de acción
        </h2>
        <p className="mt-2 max-w-3xl text-muted">Al adherir, la municipalidad se compromete a trabajar en estas cinco líneas. Algunos ejemplos de acciones:</p>
        <div className="mt-5 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {COMMITMENT_LINES.map((line, i) => (
            <article key={line.code} className="flex flex-col rounded-xl border-t-4 border-sermig-blue bg-white p-5 shadow-sm">
              <h3 className="text-lg font-bold">
                <span className="text-sermig-blue">{i + 1}.</span> {line.title}
              </h3>
              <p className="mt-2 text-sm leading-relaxed text-muted">{line.description}</p>
              <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
                {line.examples.map((example) => (
                  <li key={example}>{example}</li>
                ))}
              </ul>
            </article>
          ))}
        </div>
      </section>

      <section aria-labelledby="beneficios">
        <h2 id="beneficios" className="text-2xl font-bold text-sermig-blue-dark">
          Qué recibe la municipalidad
        </h2>
        <ul className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {BENEFITS.map((benefit) => (
            <li key={benefit.title} className="rounded-xl bg-white p-5 shadow-sm">
              <h3 className="font-bold">{benefit.title}</h3>
              <p className="mt-2 text-sm leading-relaxed text-muted">{benefit.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="datos">
        <h2 id="datos" className="text-2xl font-bold text-sermig-blue-dark">
          Datos abiertos
        </h2>
        <p className="mt-2 max-w-3xl text-muted">
          La lista de municipalidades adheridas al Sello Migrante, con su región, su estado y las fechas de la carta de compromiso, la certificación y la revalidación. Se
          actualiza con el portal y no contiene datos personales.
        </p>
        <a href="/datos/municipalidades-adheridas.csv" className="mt-4 inline-block rounded-lg border border-sermig-blue px-5 py-3 font-medium text-sermig-blue-dark no-underline hover:bg-sermig-blue-light">
          Descargar municipalidades adheridas (CSV)
        </a>
      </section>
    </div>
  );
}
