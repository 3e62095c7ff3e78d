/**
 * The people of the demo and the tests. All fictional: the four RUNs ending in repeated digits are
 * ClaveÚnica's own published test RUNs; the others are made up (valid check digit, nobody's RUN).
 *
 * The ClaveÚnica simulator shows this list on its sign-in page; the demo seed provisions every
 * identity whose `role` is set (an identity without a role exists only at ClaveÚnica, so the portal
 * must refuse it).
 */
export type DemoRole = "MUNICIPAL_OFFICER" | "REGIONAL_COORDINATOR" | "NATIONAL_ADMIN";

export type DemoIdentity = {
  /** RUN without dots or check digit, as ClaveÚnica's `RolUnico.numero`. */
  run: number;
  dv: string;
  /** ClaveÚnica's stable subject id: an opaque number, never the RUN. */
  sub: string;
  nombres: string[];
  apellidos: string[];
  role: DemoRole | null;
  /** Municipality code (officer) or region code (coordinator); null for admins and the unprovisioned. */
  territory: string | null;
  /** Human description of the territory, for the simulator's list. */
  territoryLabel: string;
  email: string | null;
  active: boolean;
};

export const DEMO_IDENTITIES: DemoIdentity[] = [
  { run: 44444444, dv: "4", sub: "2594011", nombres: ["Andrea", "Paz"], apellidos: ["Valdés", "Moreno"], role: "NATIONAL_ADMIN", territory: null, territoryLabel: "Todo el país", email: "andrea.valdes@demo.sermig.gob.cl", active: true },
  { run: 55555555, dv: "5", sub: "2594012", nombres: ["Rodrigo"], apellidos: ["Sepúlveda", "Araya"], role: "REGIONAL_COORDINATOR", territory: "13", territoryLabel: "Región Metropolitana de Santiago", email: "rodrigo.sepulveda@demo.sermig.gob.cl", active: true },
  { run: 88888888, dv: "8", sub: "2594013", nombres: ["Carolina", "Andrea"], apellidos: ["Muñoz", "Pizarro"], role: "MUNICIPAL_OFFICER", territory: "13501", territoryLabel: "Municipalidad de Melipilla", email: "carolina.munoz@demo.melipilla.cl", active: true },
  { run: 99999999, dv: "9", sub: "2594014", nombres: ["Tomás"], apellidos: ["Rivera", "Soto"], role: null, territory: null, territoryLabel: "Sin acceso al portal (no habilitado)", email: null, active: true },
  { run: 15111222, dv: "6", sub: "2594015", nombres: ["Javiera"], apellidos: ["Contreras", "Leiva"], role: "MUNICIPAL_OFFICER", territory: "13101", territoryLabel: "Municipalidad de Santiago", email: "javiera.contreras@demo.munistgo.cl", active: true },
  { run: 16222333, dv: "K", sub: "2594016", nombres: ["Matías", "Ignacio"], apellidos: ["Rojas", "Tapia"], role: "MUNICIPAL_OFFICER", territory: "02101", territoryLabel: "Municipalidad de Antofagasta", email: "matias.rojas@demo.muniantofagasta.cl", active: true },
  { run: 17333444, dv: "3", sub: "2594017", nombres: ["Fernanda"], apellidos: ["Castillo", "Vega"], role: "REGIONAL_COORDINATOR", territory: "02", territoryLabel: "Región de Antofagasta", email: "fernanda.castillo@demo.sermig.gob.cl", active: true },
  { run: 13444555, dv: "6", sub: "2594018", nombres: ["Daniela"], apellidos: ["Herrera", "Campos"], role: "MUNICIPAL_OFFICER", territory: "13503", territoryLabel: "Municipalidad de Curacaví", email: "daniela.herrera@demo.curacavi.cl", active: true },
  { run: 12555666, dv: "3", sub: "2594019", nombres: ["Jorge", "Luis"], apellidos: ["Navarro", "Fuentes"], role: "MUNICIPAL_OFFICER", territory: "13501", territoryLabel: "Municipalidad de Melipilla (cuenta desactivada)", email: "jorge.navarro@demo.melipilla.cl", active: false },
  { run: 56777888, dv: "6", sub: "2594020", nombres: ["Valentina"], apellidos: ["Soto", "Fuenzalida"], role: "REGIONAL_COORDINATOR", territory: "13", territoryLabel: "Región Metropolitana de Santiago (segunda coordinadora)", email: "valentina.soto@demo.sermig.gob.cl", active: true },
];
