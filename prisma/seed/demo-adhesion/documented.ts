/**
 * What public sources say about the programme's history (shared/data/DOMAIN-NOTES.md §3–4). The demo
 * reproduces these facts; every date the sources do not give is marked "invented".
 */
import type { AdhesionStatus } from "../../../lib/generated/prisma/enums";
import { day } from "./calendar";

/** Programme deck figures (DOMAIN-NOTES §4): no public list backs them, but the demo matches them. */
export const PROGRAMME = {
  lettersIn2015: 5,
  lettersByCutoff: 141,
  metropolitanByCutoff: 37,
  cutoff: day("2024-06-30"),
} as const;

export const METROPOLITAN = "13";

/** SERMIG replaced the Departamento de Extranjería y Migración when Ley 21.325 came fully into force. */
export const SERMIG_START = day("2022-02-12");

export type Documented = {
  code: string;
  /** Letter of commitment; null for a municipality that is only interested. */
  letter: Date | null;
  /** The first certification. */
  certified?: { on: Date; resolution: string };
  /**
   * Where its history may stand today, in order of preference: the first one the invented dates can
   * reach. A certification is followed by revalidations every two years, so what comes after it
   * depends on today.
   */
  statuses: AdhesionStatus[];
};

const QUILICURA = "13125";
const SAN_ANTONIO = "05601";
const ANTOFAGASTA = "02101";
export const MELIPILLA = "13501";
const PUERTO_VARAS = "10109";
const MARIA_ELENA = "02302";
const CURACAVI = "13503";

export const DOCUMENTED: Documented[] = [
  // Sello on 13-12-2015, the first in the DEM's 2018 deck. Letter date and resolution number invented.
  { code: QUILICURA, letter: day("2015-05-12"), certified: { on: day("2015-12-13"), resolution: "Res. Ex. demo N° 0001/2015" }, statuses: ["REVALIDADA"] },
  // Its revalidation is documented (gea.sanantonio.cl); every date is invented.
  { code: SAN_ANTONIO, letter: day("2017-06-20"), certified: { on: day("2019-06-14"), resolution: "Res. Ex. demo N° 0412/2019" }, statuses: ["REVALIDADA"] },
  // "Resolución Exenta 7829 del 13 de enero", granted by the DEM after "cerca de un año y medio":
  // the year is not in the source; 2021 follows from a mid-2019 letter (invented date).
  { code: ANTOFAGASTA, letter: day("2019-07-16"), certified: { on: day("2021-01-13"), resolution: "Resolución Exenta N° 7829" }, statuses: ["REVALIDADA"] },
  // The only municipality of its province in the programme (elmaipo.cl). Letter date invented; it
  // stays in implementation because the demo's municipal officer works on its plan.
  { code: MELIPILLA, letter: day("2023-08-22"), statuses: ["EN_IMPLEMENTACION"] },
  // Concejo vote 18-10-2023, certification 13-12-2024, the first in Los Lagos. Resolution number invented,
  // and so is its revalidation, due 13-12-2026: once today is well past that, it is under way or done.
  {
    code: PUERTO_VARAS,
    letter: day("2023-10-18"),
    certified: { on: day("2024-12-13"), resolution: "Res. Ex. demo N° 1187/2024" },
    statuses: ["CERTIFICADA", "EN_REVALIDACION", "REVALIDADA"],
  },
  // Letter signed 18-03-2025, the third municipality of the Antofagasta region.
  { code: MARIA_ELENA, letter: day("2025-03-18"), statuses: ["EN_IMPLEMENTACION"] },
  // Trained by SERMIG with the rest of the province to join (elmaipo.cl): the demo's municipality
  // that starts the process.
  { code: CURACAVI, letter: null, statuses: ["INTERESADA"] },
];

/** The rest of Melipilla province: being trained to join, not adhered. */
export const NOT_ADHERED = ["13502", "13504", "13505"];

/**
 * Firsts the sources state: Antofagasta was the first of the Norte Grande (Arica y Parinacota,
 * Tarapacá, Antofagasta) to obtain the Sello, Puerto Varas the first of Los Lagos. No other
 * municipality of those regions is certified earlier.
 */
export const FIRST_CERTIFICATION_IN_REGION: Record<string, Date> = {
  "15": day("2021-01-13"),
  "01": day("2021-01-13"),
  "02": day("2021-01-13"),
  "10": day("2024-12-13"),
};

/** María Elena was the third of its region: one invented municipality of region 02 joins before it, none after. */
export const REGION_CAPS: Record<string, number> = { "02": 1 };
