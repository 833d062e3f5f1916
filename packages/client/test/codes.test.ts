import { describe, expect, it } from 'vitest';
import { createCodeBook } from '../src/codes.js';
import { findCodes } from '../src/find-codes.js';
import { createHasoClient, describeCode, documentedCodes } from '../src/index.node.js';
import { interpretResponse } from '../src/response.js';
import { credentials, envelope, stubFetch } from './helpers.js';

describe('code table', () => {
  it('finds codes inside Haso’s error strings', () => {
    expect(findCodes(['H307 - refund done', 'Hata: H308; tekrar H307', 'RS115 / M101', 'XH3071 H30 h307'])).toEqual([
      'H307',
      'H308',
      'RS115',
      'M101',
    ]);
  });

  it('describes documented codes', () => {
    expect(describeCode('H307')).toEqual(documentedCodes.H307);
    expect(describeCode('M101')?.kind).toBe('message');
    expect(describeCode('H999')).toBeUndefined();
    expect(describeCode('toString')).toBeUndefined();
  });

  it('refreshErrorCodes extends this client’s table from getErrorCodes (5.17)', async () => {
    const stub = stubFetch(() =>
      envelope({
        ErrorCodes: [
          { errorCode: 'H401', message: 'Yeni hata' },
          { errorCode: 'H307', message: documentedCodes.H307.meaning },
          { errorCode: 'RS200', message: 'Başka sonuç' },
          { message: 'no code' },
        ],
      }),
    );
    const haso = createHasoClient({ ...credentials, fetch: stub.fetch });
    const other = createHasoClient({ ...credentials, fetch: stub.fetch });
    expect(haso.describeCode('H401')).toBeUndefined();
    await expect(haso.refreshErrorCodes()).resolves.toBe(2);
    expect(stub.calls[0]?.url).toBe(`${credentials.baseUrl}/Index/GetErrorCodes`);
    expect(haso.describeCode('H401')).toEqual({ code: 'H401', kind: 'error', meaning: 'Yeni hata' });
    expect(haso.describeCode('RS200')?.kind).toBe('result');
    expect(haso.describeCode('H307')).toEqual(documentedCodes.H307);
    expect(other.describeCode('H401')).toBeUndefined();
  });

  it('errors use refreshed meanings', () => {
    const book = createCodeBook();
    book.add([{ code: 'H401', kind: 'error', meaning: 'Yeni hata' }]);
    const answer = interpretResponse(
      { operationId: 'op', status: 200, text: JSON.stringify({ Success: false, Errors: ['H401'] }) },
      book,
    );
    expect('error' in answer && answer.error).toMatchObject({ name: 'HasoApiError', meanings: { H401: 'Yeni hata' } });
  });
});
