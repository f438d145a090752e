/** Values that fill `{name}` placeholders. */
export type MessageValues = Record<string, string | number>;

/**
 * Fills `{name}` placeholders in a message. A placeholder without a value stays as written, so
 * a mistake shows up on screen instead of vanishing.
 */
export function formatMessage(template: string, values?: MessageValues): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}
