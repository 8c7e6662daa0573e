import { describe, expect, it } from 'vitest';
import { APP_PAGE, fakeIpcMain, memoryLog } from '../test/fakes';
import { registerPhotoIpc, type PhotoFetch } from './photo';

function reply(body: Uint8Array, contentType: string, status = 200): ReturnType<PhotoFetch> {
  return Promise.resolve({
    ok: status < 400,
    status,
    headers: { get: (n: string) => (n === 'content-type' ? contentType : null) },
    arrayBuffer: () => Promise.resolve(body.slice().buffer),
  });
}

function setup(fetch: PhotoFetch) {
  const ipc = fakeIpcMain();
  const urls: string[] = [];
  registerPhotoIpc(ipc, { fetch: (url, init) => (urls.push(url), fetch(url, init)), log: memoryLog() });
  return { ipc, urls };
}

describe('photo:fetch', () => {
  it('returns an image’s bytes', async () => {
    const { ipc } = setup(() => reply(new Uint8Array([0xff, 0xd8, 0xff]), 'image/jpeg'));
    const r = await ipc.invoke('photo:fetch', APP_PAGE, { url: 'https://storage.traffy.in.th/a.jpg' });
    expect(r).toMatchObject({ ok: true, value: { contentType: 'image/jpeg' } });
  });

  it('refuses plain http to other hosts, other schemes, and never fetches them', async () => {
    const { ipc, urls } = setup(() => reply(new Uint8Array([1]), 'image/png'));
    for (const url of ['http://example.com/a.jpg', 'file:///etc/passwd', 'javascript:alert(1)', 'http://127.0.0.1.evil.example/a.jpg']) {
      expect(await ipc.invoke('photo:fetch', APP_PAGE, { url })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(urls).toEqual([]);
    expect(await ipc.invoke('photo:fetch', APP_PAGE, { url: 'http://127.0.0.1:8787/exchange-api/sim-photo/ab.jpg' })).toMatchObject({
      ok: true,
    });
  });

  it('refuses what is not an image, an error status, and a foreign sender', async () => {
    expect(
      await setup(() => reply(new Uint8Array([60]), 'text/html')).ipc.invoke('photo:fetch', APP_PAGE, { url: 'https://x.example/a' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad-response' },
    });
    expect(
      await setup(() => reply(new Uint8Array(), 'image/png', 404)).ipc.invoke('photo:fetch', APP_PAGE, { url: 'https://x.example/a' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'network' },
    });
    expect(
      await setup(() => reply(new Uint8Array([1]), 'image/png')).ipc.invoke('photo:fetch', 'https://evil.example/', {
        url: 'https://x.example/a',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
