// The scanner: finds secrets in captured texts and reports where, without printing the secret itself.

/** One secret found in one captured text. */
export interface Leak {
  /** Which secret (its label, never its value). */
  readonly secret: string;
  /** Where the text came from (test file). */
  readonly source: string;
  /** The text around the find, with the secret replaced by `<label>`. */
  readonly excerpt: string;
}

/** A secret to look for, by label. */
export interface Secret {
  readonly label: string;
  readonly value: string;
}

/**
 * The leaks of `secrets` in `texts` (exact value, case-insensitively, and its base64 / percent-encoded forms),
 * each with a short masked excerpt.
 */
export function findLeaks(
  sources: readonly { source: string; texts: readonly string[] }[],
  secrets: readonly Secret[],
): Leak[] {
  const leaks: Leak[] = [];
  for (const secret of secrets) {
    const forms = new Set([
      secret.value.toLowerCase(),
      Buffer.from(secret.value).toString('base64').replace(/=+$/, '').toLowerCase(),
      encodeURIComponent(secret.value).toLowerCase(),
    ]);
    for (const { source, texts } of sources) {
      for (const text of texts) {
        const lower = text.toLowerCase();
        for (const form of forms) {
          const at = lower.indexOf(form);
          if (at < 0) continue;
          const window = text.slice(Math.max(0, at - 60), at + form.length + 60);
          leaks.push({ secret: secret.label, source, excerpt: mask(window, forms, secret.label) });
        }
      }
    }
  }
  return leaks;
}

function mask(text: string, forms: ReadonlySet<string>, label: string): string {
  let masked = text;
  for (const form of forms) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    masked = masked.replace(new RegExp(escaped, 'gi'), `<${label}>`);
  }
  return masked;
}
