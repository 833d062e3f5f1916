// The readings of Haso's token scheme that its pages leave open (which HMAC key; is the salt appended), which of
// them a set of credentials allows trying, and what to configure once Haso has accepted one.
import type { KeyChoice } from './client-factory.js';
import type { CliConfig } from './config.js';

/** (a) key = salt, salt appended (the default); (b) key = a separate HMAC key, salt appended; (c) key = salt only. */
export type ReadingId = 'a' | 'b' | 'c';

/** One reading of the token scheme. */
export interface KeyReading {
  readonly id: ReadingId;
  readonly label: string;
  /** How to sign for this reading, or undefined when the credentials do not allow trying it. */
  readonly key: KeyChoice | undefined;
  /** Why it is not tried. */
  readonly skipReason: string | undefined;
}

/** What each reading means. */
export const READING_LABELS: Readonly<Record<ReadingId, string>> = {
  a: 'HMAC key = merchant salt, salt appended (the toolkit default)',
  b: 'HMAC key = your separate key (HASO_HMAC_KEY), salt appended',
  c: 'HMAC key = merchant salt, salt NOT appended (the salt "really meant as the key")',
};

/** The readings, each with its key choice or the reason it cannot be tried with `config`. */
export function keyReadings(config: CliConfig): readonly KeyReading[] {
  const separate = config.hmacKey !== undefined && config.hmacKey !== config.merchantSalt;
  return [
    {
      id: 'a',
      label: READING_LABELS.a,
      key: { hmacKey: undefined, appendSalt: true },
      skipReason: undefined,
    },
    {
      id: 'b',
      label: READING_LABELS.b,
      key: separate ? { hmacKey: config.hmacKey, appendSalt: true } : undefined,
      skipReason: separate
        ? undefined
        : config.hmacKey === undefined
          ? 'no HMAC key configured (--hmac-key / HASO_HMAC_KEY)'
          : 'the HMAC key configured equals the salt (that is reading a)',
    },
    {
      id: 'c',
      label: READING_LABELS.c,
      key: { hmacKey: undefined, appendSalt: false },
      skipReason: undefined,
    },
  ];
}

/** What to set (environment, flags and SDK options) when Haso accepts `id`, given what is configured now. */
export function adviceFor(id: ReadingId, config: CliConfig): string {
  const unset: string[] = [];
  if (id !== 'b' && config.hmacKey !== undefined) unset.push('HASO_HMAC_KEY (--hmac-key)');
  if (id !== 'c' && !config.appendSalt) unset.push('HASO_APPEND_SALT (--no-append-salt)');
  const fix = unset.length ? ` Remove ${unset.join(' and ')}: it does not match what Haso accepts.` : '';
  switch (id) {
    case 'a':
      return (
        'Use the defaults: set HASO_MERCHANT_ID and HASO_MERCHANT_SALT only; ' +
        'leave HASO_HMAC_KEY and HASO_APPEND_SALT unset. ' +
        `SDK: createHasoClient({ baseUrl, merchantId, merchantSalt }).${fix}`
      );
    case 'b':
      return (
        'Keep HASO_HMAC_KEY (your separate key) next to HASO_MERCHANT_SALT; leave HASO_APPEND_SALT unset. ' +
        `SDK: createHasoClient({ baseUrl, merchantId, merchantSalt, hmacKey }).${fix}`
      );
    case 'c':
      return (
        'Set HASO_APPEND_SALT=false (or pass --no-append-salt) next to HASO_MERCHANT_SALT; ' +
        'leave HASO_HMAC_KEY unset. ' +
        `SDK: createHasoClient({ baseUrl, merchantId, merchantSalt, appendSalt: false }).${fix}`
      );
  }
}
