// One SDK client for a run of `haso call` / `haso doctor`, from the resolved settings.
import { createHasoClient, type HasoClient, type HasoClientOptions } from '@haso-toolkit/client';
import { type CliConfig, required } from './config.js';

/** How the token is computed for this client (doctor tries several readings; call uses the configured one). */
export interface KeyChoice {
  readonly hmacKey: string | undefined;
  readonly appendSalt: boolean;
}

/** The key reading the settings ask for. */
export function configuredKey(config: CliConfig): KeyChoice {
  return { hmacKey: config.hmacKey, appendSalt: config.appendSalt };
}

/** A client for the configured base URL and merchant; throws CliError when a setting is missing. */
export function createCliClient(
  config: CliConfig,
  key: KeyChoice,
  extra: Pick<HasoClientOptions, 'retry'> = {},
): HasoClient {
  return createHasoClient({
    baseUrl: required(config, 'baseUrl'),
    merchantId: required(config, 'merchantId'),
    merchantSalt: required(config, 'merchantSalt'),
    ...(key.hmacKey === undefined ? {} : { hmacKey: key.hmacKey }),
    appendSalt: key.appendSalt,
    ...(config.ipAddress === undefined ? {} : { ipAddress: config.ipAddress }),
    timeoutMs: config.timeoutMs,
    ...extra,
  });
}
