// Photos kept for offline viewing, on real IndexedDB in Chromium: a photo served by the central
// simulator over HTTP is fetched through the platform, kept, and still there once the service is gone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { KhetDb } from './db';
import { cachePhoto, cachedPhoto } from './photoCacheRepo';
import { createBrowserDesktop } from '#platform/browserDesktop';
import { createCentralClient } from '#sync/client';

let db: KhetDb;
beforeEach(async () => {
  db = new KhetDb(`photos-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('photo cache', () => {
  it('keeps a photo fetched from the central service and serves it after the service is gone', async () => {
    const url = await commands.simStart();
    const desktop = createBrowserDesktop();
    await desktop.centralConfigure({ baseUrl: url, user: 'khet1030', password: 'demo' });
    const client = createCentralClient(desktop.centralRequest);
    const [ticket] = await commands.simDistrictTicketIds('khet1030');
    expect(
      (await client.updateIssue({ ticketId: ticket!, issueStatusId: 4, note: 'ซ่อมแล้ว', notifyReporter: false, photosBase64: [PNG] })).ok,
    ).toBe(true);
    const detail = await client.getIssue(ticket!);
    const photoUrl = detail.ok ? detail.value.timeline.find((e) => e.note === 'ซ่อมแล้ว')?.photo : null;
    expect(photoUrl).toMatch(/sim-photo/);

    const fetched = await desktop.photoFetch({ url: photoUrl! });
    expect(fetched.ok && fetched.value.contentType).toBe('image/png');
    await cachePhoto(db, photoUrl!, new Blob([fetched.ok ? (fetched.value.data as BlobPart) : '']), Date.now());
    await commands.simStop();

    expect((await desktop.photoFetch({ url: photoUrl! })).ok).toBe(false); // offline now
    const kept = await cachedPhoto(db, photoUrl!);
    expect(new Uint8Array(await kept!.arrayBuffer()).slice(0, 4)).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  });

  it('drops the least recently viewed photos beyond its budget', async () => {
    const blob = (n: number) => new Blob([new Uint8Array(n)]);
    await cachePhoto(db, 'https://p.example/old.jpg', blob(600), 1, 1000);
    await cachePhoto(db, 'https://p.example/mid.jpg', blob(300), 2, 1000);
    await cachePhoto(db, 'https://p.example/new.jpg', blob(300), 3, 1000);
    expect(await cachedPhoto(db, 'https://p.example/old.jpg')).toBeNull();
    expect(await cachedPhoto(db, 'https://p.example/mid.jpg')).not.toBeNull();
    expect(await cachedPhoto(db, 'https://p.example/new.jpg')).not.toBeNull();
  });

  it('refuses a non-https photo address outside this machine', async () => {
    expect(await createBrowserDesktop().photoFetch({ url: 'http://photos.example/a.jpg' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
