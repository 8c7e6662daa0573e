// Small builders for tests: a valid case with overridable fields.
import type { RemoteFields } from '#domain/case';

export function remote(overrides: Partial<RemoteFields> = {}): RemoteFields {
  return {
    ticketId: '2023-AAAAAA',
    source: 'traffy',
    categories: ['ถนน'],
    description: 'ถนนเป็นหลุมหน้าซอย',
    organizations: ['เขตจตุจักร'],
    photos: [],
    photosAfter: [],
    lat: 13.8,
    lon: 100.55,
    address: 'ถนนพหลโยธิน',
    subdistrict: 'ลาดยาว',
    district: 'จตุจักร',
    province: 'กรุงเทพมหานคร',
    createdAt: Date.UTC(2026, 10, 1),
    lastActivityAt: Date.UTC(2026, 10, 2),
    statusLabel: 'รอรับเรื่อง',
    bucket: 'waiting',
    star: null,
    countReopen: 0,
    ...overrides,
  };
}
