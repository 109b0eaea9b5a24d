import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimestampError, checkTimestampToken, requestSignatureTimestamp } from '../../electron/backend/signing/timestamps/signatureTimestamp';
import { opensslVerifyToken, startTestTimestampAuthority } from '../support/fixtures/testTimestampAuthority';
import { unreachableUrl } from '../support/fixtures/unreachableUrl';
import type { TestTimestampAuthority } from '../support/fixtures/testTimestampAuthority';

let tsa: TestTimestampAuthority;
beforeAll(async () => {
  tsa = await startTestTimestampAuthority();
}, 60_000);
afterAll(() => tsa.close());

const failureOf = (attempt: Promise<unknown>) =>
  attempt.then(
    () => 'none',
    (error: unknown) => (error instanceof TimestampError ? error.failure : String(error)),
  );

/** A server on 127.0.0.1 that answers every request with the given status and body. */
async function answering(status: number, body: Buffer): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_request, response) => response.writeHead(status).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('RFC 3161 signature timestamps', () => {
  it('gets a token over the signature value that OpenSSL verifies, and reads its time and authority', async () => {
    const signatureValue = Buffer.from('giá trị chữ ký của Trần Thị Bích Ngọc');
    const before = Date.now();
    const stamp = await requestSignatureTimestamp(tsa.url, signatureValue);
    expect(stamp.authority).toBe('TSA thử nghiệm Bắc Hồng Lĩnh');
    // OpenSSL's TSA states whole seconds.
    expect(stamp.time.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(stamp.time.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(await opensslVerifyToken(tsa, stamp.token, signatureValue)).toBe('Verification: OK');
    expect(checkTimestampToken(stamp.token, signatureValue).time).toEqual(stamp.time);
  }, 60_000);

  it('refuses a token read against another signature value, or with one byte changed', async () => {
    const stamp = await requestSignatureTimestamp(tsa.url, Buffer.from('chữ ký thứ nhất'));
    expect(() => checkTimestampToken(stamp.token, Buffer.from('chữ ký thứ hai'))).toThrow(TimestampError);
    const altered = Buffer.from(stamp.token);
    const at = altered.indexOf(Buffer.from('TSA th')) + 1;
    altered[at] = altered[at]! ^ 0x01;
    expect(() => checkTimestampToken(altered, Buffer.from('chữ ký thứ nhất'))).toThrow(TimestampError);
  }, 60_000);

  it('says why there is no timestamp: nobody listening, an HTTP refusal, an answer that is not a TimeStampResp, a refused request', async () => {
    expect(await failureOf(requestSignatureTimestamp(await unreachableUrl(), Buffer.from('x')))).toBe('UNREACHABLE');
    const refusing = await answering(503, Buffer.alloc(0));
    const garbage = await answering(200, Buffer.from('<html>không phải TSA</html>'));
    // TimeStampResp { PKIStatusInfo { status rejection (2) } } with no token.
    const rejection = await answering(200, Buffer.from('30053003020102', 'hex'));
    try {
      expect(await failureOf(requestSignatureTimestamp(refusing.url, Buffer.from('x')))).toBe('REFUSED');
      expect(await failureOf(requestSignatureTimestamp(garbage.url, Buffer.from('x')))).toBe('INVALID');
      expect(await failureOf(requestSignatureTimestamp(rejection.url, Buffer.from('x')))).toBe('REFUSED');
    } finally {
      await Promise.all([refusing.close(), garbage.close(), rejection.close()]);
    }
  }, 60_000);
});
