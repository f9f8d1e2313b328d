/**
 * Redaction at the edge: `redact(text)` removes every configured secret and anything shaped like
 * a credential (`Bearer …`, `Bot …`, Slack `xox…-`/`xapp-` tokens, OpenAI `sk-…` keys, Discord bot
 * tokens, passwords in connection URLs) from text before it is logged or shown. The logger and
 * every MusubiError message pass through it, so a server that echoes an Authorization header in
 * its error body cannot leak a key into a log line or a chat reply.
 */

const MASK = '[redacted]';

/** Credential shapes, whoever configured them. Each keeps its prefix so a log still says what it was. */
const PATTERNS: readonly [RegExp, string][] = [
  // "Bearer …" / "Bot …" followed by something token-like (it holds a digit: "Bot answers" is prose).
  [/\b(Bearer|Bot|Basic)(\s+|%20)(?=[A-Za-z0-9._~+/=-]*[0-9])[A-Za-z0-9._~+/=-]{8,}/gi, `$1$2${MASK}`],
  [/\b(xox[abposrce]|xapp|xoxe\.xox[bp])-[A-Za-z0-9-]{6,}/g, `$1-${MASK}`],
  [/\b(sk-(?:proj-|svcacct-|admin-)?)[A-Za-z0-9_-]{12,}/g, `$1${MASK}`],
  // Discord bot tokens: base64(user id).timestamp.hmac
  [/\b[MNO][A-Za-z0-9_-]{22,27}\.[A-Za-z0-9_-]{5,7}\.[A-Za-z0-9_-]{25,}/g, MASK],
  // postgres://user:password@host
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+@/gi, `$1${MASK}@`],
];

/** The secret variables whose values are masked wherever they appear. */
export const SECRET_VARIABLES = ['OPENAI_API_KEY', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'DISCORD_TOKEN', 'DATABASE_URL'] as const;

const registered = new Set<string>();

function variants(secret: string): string[] {
  const out = new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]);
  // The password part of a connection URL is a secret of its own.
  try {
    const url = new URL(secret);
    if (url.password) out.add(url.password).add(decodeURIComponent(url.password));
  } catch {
    /* not a URL */
  }
  return [...out].filter((s) => s.length >= 6);
}

/** Adds secrets to mask from now on (values shorter than 6 characters are ignored: they would mask ordinary words). */
export function registerSecrets(values: Iterable<string | undefined>): void {
  for (const value of values) if (value) for (const v of variants(value.trim())) registered.add(v);
}

/** Registers the values of the secret variables in an environment. */
export function registerSecretsFromEnv(env: Readonly<Record<string, string | undefined>>): void {
  registerSecrets(SECRET_VARIABLES.map((name) => env[name]));
}

/**
 * Masks every registered secret and every credential-shaped string.
 *
 * @example redact('401: bad header "Bearer sk-abc…"') // → '401: bad header "Bearer [redacted]"'
 */
export function redact(text: string, secrets: Iterable<string> = registered): string {
  let out = text;
  // Longest first, so a secret that contains another is masked whole.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) if (s && out.includes(s)) out = out.split(s).join(MASK);
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}
