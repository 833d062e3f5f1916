import { describe, expect, it } from 'vitest';
import { tokensEqual } from '../src/constant-time.js';
import {
  CryptoProviderOnlySupportsAsyncError,
  createSigner,
  createWebCryptoProvider,
  SigningInputError,
  UnknownRecipeError,
} from '../src/index.js';
import { nodeCryptoProvider } from '../src/node.js';

const body = { merchantId: '100001', ipAddress: '85.105.12.34', kkbRefNo: 'KKB-20261123-0001' };
const salt = 'haso-mock-salt';
const signer = createSigner({ merchantSalt: salt, provider: nodeCryptoProvider });
const good = signer.sign('reSendKkbPin', body);

describe('verify', () => {
  it('accepts the right token and rejects tampered bodies field by field', () => {
    expect(signer.verify('reSendKkbPin', body, good)).toBe(true);
    for (const field of Object.keys(body) as (keyof typeof body)[]) {
      expect(signer.verify('reSendKkbPin', { ...body, [field]: `${body[field]}x` }, good)).toBe(false);
    }
  });

  it('rejects malformed, empty, wrong-length and non-string tokens', () => {
    for (const token of ['', good.slice(1), `${good}A`, good.replace('=', 'A'), null, undefined, 42, {}]) {
      expect(signer.verify('reSendKkbPin', body, token)).toBe(false);
    }
  });

  it('compares tokens only when both are well-formed', () => {
    expect(tokensEqual(good, good)).toBe(true);
    expect(tokensEqual(good, `${good.slice(0, 42)}${good[42] === 'A' ? 'B' : 'A'}=`)).toBe(false);
  });

  it('verifyAsync works with the entry point default provider', async () => {
    await expect(createSigner({ merchantSalt: salt }).verifyAsync('reSendKkbPin', body, good)).resolves.toBe(true);
    await expect(createSigner({ merchantSalt: 'other-salt' }).verifyAsync('reSendKkbPin', body, good)).resolves.toBe(
      false,
    );
  });
});

describe('errors', () => {
  it('Web Crypto refuses synchronous signing with a dedicated error', () => {
    const web = createSigner({ merchantSalt: salt, provider: createWebCryptoProvider() });
    expect(() => web.sign('reSendKkbPin', body)).toThrow(CryptoProviderOnlySupportsAsyncError);
  });

  it('unknown operations and bad token fields are typed errors naming the field', async () => {
    expect(() => signer.sign('activateTransaction', body)).toThrow(UnknownRecipeError);
    const bad = () => signer.sign('setPaidPayment', { merchantOid: 'A', paymentCode: 'P', paymentDate: '23.11.2026' });
    expect(bad).toThrow(SigningInputError);
    expect(bad).toThrow(/paymentDate/);
    expect(() => signer.sign('reSendKkbPin', { ...body, kkbRefNo: true })).toThrow(/kkbRefNo/);
    expect(() => signer.sign('reSendKkbPin', { ...body, kkbRefNo: 1.5 })).toThrow(SigningInputError);
    expect(() => signer.sign('setPaidPayment', { paymentDate: '2026-02-30' })).toThrow(/yyyy-MM-dd/);
    await expect(signer.signAsync('nope', body)).rejects.toThrow(UnknownRecipeError);
  });

  it('takes the date part of a date-time for yyyy-MM-dd fields', () => {
    const base = { merchantId: '1', merchantOid: 'O', paymentCode: 'P' };
    expect(signer.sign('setPaidPayment', { ...base, paymentDate: '2026-11-23T10:00:00' })).toBe(
      signer.sign('setPaidPayment', { ...base, paymentDate: '2026-11-23' }),
    );
  });

  it('never shows the salt or key in inspect, JSON or error messages', async () => {
    const { inspect } = await import('node:util');
    const secretive = createSigner({
      merchantSalt: 'S3CRET-salt',
      hmacKey: 'K3Y-secret',
      provider: nodeCryptoProvider,
    });
    const seen = [inspect(secretive), JSON.stringify(secretive), JSON.stringify({ secretive })];
    try {
      secretive.sign('setPaidPayment', { paymentDate: 'bad' });
    } catch (error) {
      seen.push(String(error), (error as Error).stack ?? '');
    }
    for (const text of seen) {
      expect(text).not.toContain('S3CRET');
      expect(text).not.toContain('K3Y');
    }
    expect(secretive.describe('reSendKkbPin', body)).toBe('10000185.105.12.34KKB-20261123-0001<merhant_salt>');
  });
});
