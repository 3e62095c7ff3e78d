/** `npx tsx simulator/claveunica/cli.ts` runs the ClaveÚnica simulator until Ctrl+C (or SIGTERM). */
import { LOGOUT_PATH } from "./config";
import { startSimulator } from "./provider";

const simulator = await startSimulator().catch((error: unknown) => {
  console.error(`No se pudo iniciar el simulador de ClaveÚnica: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

console.log("Simulador de ClaveÚnica en marcha (solo para desarrollo y pruebas).");
console.log(`Issuer: ${simulator.issuer}`);
console.log(`Cierre de sesión: ${new URL(LOGOUT_PATH, simulator.issuer).href}`);

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  // A second signal means the person does not want to wait for open connections.
  if (stopping) process.exit(1);
  stopping = true;
  await simulator.close();
  console.log(`Simulador de ClaveÚnica detenido (${signal}).`);
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
