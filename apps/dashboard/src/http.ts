/**
 * The page's one way to the server: GET requests to the public read API on the page's own
 * origin (the Content-Security-Policy allows no other). Errors carry the API's message.
 */

/** A failed request: the status and the read API's message (or the network's). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

async function get(path: string): Promise<Response> {
  const response = await fetch(path, { headers: { accept: 'application/json, text/plain' } });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = (await response.json()) as { error?: { message?: string } };
      if (body.error?.message) message = body.error.message;
    } catch {
      // not a JSON error body: keep the status line
    }
    throw new HttpError(response.status, message);
  }
  return response;
}

/** GETs `path` and parses its JSON. */
export async function getJson<T>(path: string): Promise<T> {
  return (await (await get(path)).json()) as T;
}

/** GETs `path` as text. */
export async function getText(path: string): Promise<string> {
  return (await get(path)).text();
}

/** GETs `path` as raw bytes (for hashing exactly what was sent). */
export async function getBytes(path: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await (await get(path)).arrayBuffer());
}

/** `path` with the query parameters that are set. */
export function withQuery(
  path: string,
  params: Readonly<Record<string, string | number | boolean | null | undefined>>,
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== null && value !== undefined && value !== '') query.set(name, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
