// Talks to the central simulator directly, as an independent witness of what the app pushed.
export const CENTRAL_URL = `http://127.0.0.1:${process.env.E2E_CENTRAL_PORT ?? 18787}/exchange-api`;

interface Envelope {
  status: string;
  message: string;
  results: unknown;
}

async function token(user: string): Promise<string> {
  const res = await fetch(`${CENTRAL_URL}/get-auth/v1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user, pass: 'demo' }),
  });
  const body = (await res.json()) as Envelope & { results: { token: string } };
  return body.results.token;
}

export async function centralGet(user: string, endpoint: string, query: Record<string, string>): Promise<Envelope> {
  const url = `${CENTRAL_URL}/${endpoint}?${new URLSearchParams(query).toString()}`;
  const res = await fetch(url, { headers: { authorization: `Bearer ${await token(user)}` } });
  const text = await res.text();
  return JSON.parse(text.slice(text.indexOf('{'))) as Envelope;
}

/** A change made on the central side by someone else (another officer, another app). */
export async function centralUpdate(user: string, body: Record<string, unknown>): Promise<Envelope> {
  const res = await fetch(`${CENTRAL_URL}/update-issue/v1`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${await token(user)}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return JSON.parse(text.slice(text.indexOf('{'))) as Envelope;
}
