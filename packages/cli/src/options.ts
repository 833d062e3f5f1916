// Every command-line option, described once: parseArgs config, --help lines and shell completion come from here.

/** One option of the command line. */
export interface OptionSpec {
  /** Long name without the dashes (`merchant-id`). */
  readonly name: string;
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** Placeholder shown in help (`<id>`). */
  readonly value?: string;
  /** Environment variable read when the option is absent. */
  readonly env?: string;
  readonly description: string;
}

const option = (spec: OptionSpec): OptionSpec => spec;

/** Every option, by a short key. Defaults shown in help never include a secret. */
export const OPTIONS = {
  merchantId: option({
    name: 'merchant-id',
    type: 'string',
    value: '<id>',
    env: 'HASO_MERCHANT_ID',
    description: 'merchant id Haso gave you (filled into the body when absent)',
  }),
  merchantSalt: option({
    name: 'merchant-salt',
    type: 'string',
    value: '<salt>',
    env: 'HASO_MERCHANT_SALT',
    description: 'merchant salt (never printed; prefer the environment variable)',
  }),
  hmacKey: option({
    name: 'hmac-key',
    type: 'string',
    value: '<key>',
    env: 'HASO_HMAC_KEY',
    description: 'HMAC key, if Haso gave you one apart from the salt (default: the salt; never printed)',
  }),
  noAppendSalt: option({
    name: 'no-append-salt',
    type: 'boolean',
    env: 'HASO_APPEND_SALT',
    description: 'do not append the salt to the token string (HASO_APPEND_SALT=false); see haso doctor',
  }),
  ipAddress: option({
    name: 'ip-address',
    type: 'string',
    value: '<ip>',
    env: 'HASO_IP_ADDRESS',
    description: 'customer IP filled into bodies that have an ipAddress field and lack one',
  }),
  baseUrl: option({
    name: 'base-url',
    type: 'string',
    value: '<url>',
    env: 'HASO_BASE_URL',
    description: "Haso's service URL (SERVIS_URL); the mock: http://127.0.0.1:4010",
  }),
  timeout: option({
    name: 'timeout',
    type: 'string',
    value: '<ms>',
    description: 'per-request timeout in milliseconds, 1 to 2147483647 (default 30000)',
  }),
  body: option({ name: 'body', type: 'string', value: "'<json>'", description: 'request body as a JSON object' }),
  bodyFile: option({
    name: 'body-file',
    type: 'string',
    value: '<file>',
    description: 'read the request body from a JSON file of at most 1 MiB (- for stdin)',
  }),
  prefer: option({
    name: 'prefer',
    type: 'string',
    value: '<value>',
    description: 'mock only: send a Prefer header (example=failure picks a named example of haso-mock)',
  }),
  include: option({
    name: 'include',
    type: 'boolean',
    short: 'i',
    description: "print the answer's HTTP status and headers before the envelope",
  }),
  json: option({ name: 'json', type: 'boolean', description: 'print JSON instead of text' }),
  help: option({ name: 'help', type: 'boolean', short: 'h', description: 'show this help' }),
} as const;

/** The credential options shared by sign, call and doctor. */
export const CREDENTIAL_OPTIONS: readonly OptionSpec[] = [
  OPTIONS.merchantId,
  OPTIONS.merchantSalt,
  OPTIONS.hmacKey,
  OPTIONS.noAppendSalt,
  OPTIONS.ipAddress,
];

/** Options naming secrets: their values are masked in every output. */
export const SECRET_OPTIONS: readonly OptionSpec[] = [OPTIONS.merchantSalt, OPTIONS.hmacKey];
