// The contract between the main process and the renderer: channel names, request schemas (zod) and
// response types. Imported by electron/main, electron/preload and renderer/src/platform.
// Must never import electron, node or DOM APIs.
import { z } from 'zod';
import type { Result } from './result';

export const CENTRAL_ENDPOINTS = [
  'get-org-list/v1',
  'search-org/v1',
  'get-type-list/v2',
  'get-status-list/v2',
  'get-issues/v2',
  'get-issue/v2',
  'get-issue/v1',
  'download-issues/v2',
  'update-issue/v1',
  'comment/v1',
  'join-forward/v1',
  'new-issue/v1',
  'star/v1',
] as const;
export type CentralEndpoint = (typeof CENTRAL_ENDPOINTS)[number];

export const districtCodeSchema = z.string().regex(/^10\d\d$/);

export const centralConfigSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/ }).max(300),
  user: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type CentralConfig = z.infer<typeof centralConfigSchema>;

export const centralDemoSchema = z.object({ districtCode: districtCodeSchema });

export const centralRequestSchema = z.object({
  method: z.enum(['GET', 'POST', 'PATCH']),
  endpoint: z.enum(CENTRAL_ENDPOINTS),
  query: z.record(z.string().max(40), z.string().max(2000)).optional(),
  body: z.unknown().optional(),
  timeoutMs: z.number().int().min(1000).max(120_000).optional(),
});
export type CentralRequest = z.infer<typeof centralRequestSchema>;

/** The raw reply: the renderer's client parses the envelope, since errors often come with HTTP 200. */
export interface CentralResponse {
  httpStatus: number;
  body: string;
}

export interface CentralStatus {
  configured: boolean;
  baseUrl: string | null;
  user: string | null;
  demo: boolean;
}

export const saveFileSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^/\\:*?"<>|]+$/),
  data: z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'data must be bytes' }),
  filters: z.array(z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)) })).max(5),
});
export type SaveFileRequest = z.infer<typeof saveFileSchema>;
export interface SaveFileOutcome {
  saved: boolean;
  /** Where the file went; null in the browser (a download) or when cancelled. */
  path: string | null;
}

/** A complaint photo to keep for offline viewing: https, or http on this machine (the demo simulator). */
export const photoFetchSchema = z.object({
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .refine((u) => u.startsWith('https:') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(u), { message: 'https only' }),
});
export interface PhotoBytes {
  contentType: string;
  data: Uint8Array;
}
/** Larger downloads are refused: a complaint photo is a few hundred kB. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

/** Print the asking page (its print CSS) to an A4 PDF and save it where the user chooses. */
export const printPdfSchema = z.object({
  suggestedName: z
    .string()
    .min(5)
    .max(200)
    .regex(/^[^/\\:*?"<>|]+\.pdf$/i),
  landscape: z.boolean(),
});
export type PrintPdfRequest = z.infer<typeof printPdfSchema>;

export const openExternalSchema = z.object({ url: z.url({ protocol: /^https$/ }).max(2000) });

export interface AppInfo {
  name: string;
  version: string;
  shell: 'electron' | 'browser';
  platform: string;
}

/** Channel names, `capability:verb`. */
export const CHANNELS = {
  appInfo: 'app:info',
  centralConfigure: 'central:configure',
  centralUseDemo: 'central:use-demo',
  centralStatus: 'central:status',
  centralRequest: 'central:request',
  centralForget: 'central:forget',
  fileSave: 'file:save',
  openExternal: 'shell:open-external',
  photoFetch: 'photo:fetch',
  printPdf: 'print:pdf',
} as const;

/** What `window.desktop` offers, in Electron (preload) and in the browser (renderer/src/platform/browser). */
export interface DesktopApi {
  appInfo: () => Promise<Result<AppInfo>>;
  centralConfigure: (config: CentralConfig) => Promise<Result<CentralStatus>>;
  centralUseDemo: (request: z.infer<typeof centralDemoSchema>) => Promise<Result<CentralStatus>>;
  centralStatus: () => Promise<Result<CentralStatus>>;
  centralRequest: (request: CentralRequest) => Promise<Result<CentralResponse>>;
  centralForget: () => Promise<Result<CentralStatus>>;
  saveFile: (request: SaveFileRequest) => Promise<Result<SaveFileOutcome>>;
  openExternal: (request: z.infer<typeof openExternalSchema>) => Promise<Result<void>>;
  /** The bytes of a complaint photo (main-process fetch in Electron, where the page may not connect out). */
  photoFetch: (request: z.infer<typeof photoFetchSchema>) => Promise<Result<PhotoBytes>>;
  /** Electron: the page as an A4 PDF through the save dialog. The browser build opens the print dialog instead. */
  printPdf: (request: PrintPdfRequest) => Promise<Result<SaveFileOutcome>>;
}

export const DEMO_PASSWORD = 'demo';
export const demoUserFor = (districtCode: string): string => `khet${districtCode}`;
