/**
 * Security headers, as @fastify/helmet sets them, at the cost of one `reply.headers` call
 * per request. @fastify/helmet rebuilds its middleware (and the CSP string) on every
 * request; the reader asks it once, at start, which headers it sets, and then sets exactly
 * those on every answer.
 *
 * Two policies: JSON and text answers get the headers that matter for an API (OWASP REST
 * guidance: no content may run or be framed, no sniffing, no referrer, HSTS, same-origin
 * resources), which keeps every answer small; the docs UI gets helmet's defaults, a policy
 * for HTML pages.
 */
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify from 'fastify';

/** Headers that belong to each response, not to the security policy. */
const PER_RESPONSE = new Set([
  'content-type',
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
]);

/** The helmet options of API answers: nothing in them may run, load or be framed. */
export const API_HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  frameguard: { action: 'deny' },
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
};

/** The headers @fastify/helmet sets on a response under `options` (its defaults when omitted). */
export async function helmetHeaders(options: FastifyHelmetOptions = {}): Promise<Readonly<Record<string, string>>> {
  const probe = Fastify({ logger: false });
  await probe.register(helmet, { ...options, global: true });
  probe.get('/', async () => '');
  try {
    const response = await probe.inject({ method: 'GET', url: '/' });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (!PER_RESPONSE.has(name) && value !== undefined)
        headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    return headers;
  } finally {
    await probe.close();
  }
}
