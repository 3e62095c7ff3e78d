const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Every backend accepts only server-generated UUID keys: no key can climb out of a directory, hit a
 * temporary file, or carry a person's file name into the bucket.
 */
export function assertStorageKey(key: string): void {
  if (!UUID.test(key)) throw new Error("Clave de archivo inválida: se esperaba un UUID en minúsculas.");
}
