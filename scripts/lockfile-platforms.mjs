/**
 * `npm run deps:lock` — run after `npm install <package>`.
 *
 * The npm registry reachable from these machines does not serve every platform build of packages such
 * as @next/swc-*, @tailwindcss/oxide-* and @unrs/resolver-binding-*, so `npm install` leaves them out of
 * package-lock.json and `npm ci` then refuses the lockfile. This adds the missing optional entries with
 * their os/cpu, so `npm ci` skips them here and installs them on the platforms that need them.
 */
import fs from "node:fs";

const FILE = "package-lock.json";
const OSES = ["android", "darwin", "freebsd", "linux", "win32", "openharmony"];
const CPUS = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x"];

function platformOf(name) {
  const base = name.split("/").pop();
  if (base.includes("wasm32")) return { cpu: ["wasm32"] };
  const os = OSES.find((o) => base.includes(o));
  const cpu = CPUS.find((c) => base.includes(`-${c}`));
  return { ...(cpu && { cpu: [cpu] }), ...(os && { os: [os] }) };
}

const lock = JSON.parse(fs.readFileSync(FILE, "utf8"));
const added = [];
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ""}node_modules/${name}`;
    if (lock.packages[`node_modules/${name}`] || lock.packages[nested]) continue;
    lock.packages[`node_modules/${name}`] = { version: range.replace(/^[\^~=]/, ""), optional: true, ...platformOf(name) };
    added.push(name);
  }
}
fs.writeFileSync(FILE, JSON.stringify(lock, null, 2) + "\n");
console.log(added.length ? `package-lock.json: ${added.length} entradas de plataforma agregadas.` : "package-lock.json ya estaba completo.");
