// photo:* channels: fetching a complaint photo's bytes so the renderer can keep it for offline viewing
// (the page's CSP allows no outgoing connections). Must never: fetch a non-https URL (but the local
// demo simulator), return something that is not an image, or read more than MAX_PHOTO_BYTES.
import { CHANNELS, MAX_PHOTO_BYTES, photoFetchSchema, type PhotoBytes } from '#contract/ipc-contract';
import { fail, ok, type Result } from '#contract/result';
import type { Log } from '../log';
import { handle, type InvokeEvent, type IpcMainLike } from './handle';

export interface PhotoResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}
export type PhotoFetch = (url: string, init: { signal: AbortSignal }) => Promise<PhotoResponse>;

const TIMEOUT_MS = 20_000;

export async function fetchPhoto(fetch: PhotoFetch, url: string): Promise<Result<PhotoBytes>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const res = await fetch(url, { signal: controller.signal });
    if (!res.ok) return fail('network', `photo:fetch: HTTP ${res.status}`);
    const contentType = res.headers.get('content-type') ?? '';
    if (!/^image\//i.test(contentType)) return fail('bad-response', `photo:fetch: not an image (${contentType.slice(0, 40)})`);
    if (Number(res.headers.get('content-length') ?? 0) > MAX_PHOTO_BYTES) return fail('bad-response', 'photo:fetch: too large');
    const data = new Uint8Array(await res.arrayBuffer());
    if (data.byteLength > MAX_PHOTO_BYTES) return fail('bad-response', 'photo:fetch: too large');
    return ok({ contentType, data });
  } catch (error) {
    return fail(controller.signal.aborted ? 'timeout' : 'network', `photo:fetch: ${error instanceof Error ? error.message : 'failed'}`);
  } finally {
    clearTimeout(timer);
  }
}

export function registerPhotoIpc<E extends InvokeEvent>(ipcMain: IpcMainLike<E>, deps: { fetch: PhotoFetch; log: Log }): void {
  handle(ipcMain, CHANNELS.photoFetch, photoFetchSchema, ({ url }) => fetchPhoto(deps.fetch, url), deps.log);
}
