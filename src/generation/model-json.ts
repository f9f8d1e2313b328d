/** Extracts the JSON object a model returned, tolerating code fences or prose around it. */
export function parseModelJson(text: string): unknown {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  return JSON.parse(start >= 0 && end > start ? text.slice(start, end + 1) : text);
}

/** Removes delimiter look-alikes so data cannot close its own section of a prompt. */
export const neutralise = (s: string) => s.replace(/<\/?(passages|passage|question|context|messages|message|extracted)\b[^>]*>/gi, '');
