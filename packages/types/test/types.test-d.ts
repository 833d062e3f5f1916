import { expectTypeOf, test } from 'vitest';
import type { OperationId, RequestBody, ResponseData } from '../src/index.js';

test('request bodies and Data are the generated schemas', () => {
  expectTypeOf<RequestBody<'reSendKkbPin'>>().toEqualTypeOf<{
    merchantId: string;
    ipAddress?: string;
    kkbRefNo: string;
    requestToken: string;
  }>();
  expectTypeOf<ResponseData<'reSendKkbPin'>>().toHaveProperty('KkbRefNo');
  expectTypeOf<'getErrorCodes'>().toMatchTypeOf<OperationId>();
  // @ts-expect-error not an operation of the spec
  expectTypeOf<RequestBody<'noSuchOperation'>>();
});
