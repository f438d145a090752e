// Stands in for the reader's secret manager, which the docs import as './secrets'.
export async function readSecret(name: string): Promise<string> {
  const value = process.env[name.toUpperCase().replaceAll('-', '_')];
  if (!value) throw new Error(`The secret ${name} is not set.`);
  return value;
}
