/**
 * The OpenAPI 3.1 document, built by @fastify/swagger from every route's schema and served
 * at `/openapi.json`, and the Swagger UI at `/docs` (@fastify/swagger-ui).
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/** The document's description: what the API is and what it promises. */
const DESCRIPTION = [
  'The read API of a govledger governance ledger: dashboards over every governance projection, and the',
  'audit protocol (tree heads, signed checkpoints, raw leaves, inclusion and consistency proofs).',
  'GET only. Every state endpoint takes `asOf` (a ledger index or an ISO-8601 UTC time) and answers as of',
  'then; every answer names the ledger size and root it stands at. Responses carry an ETag tied to the',
  'ledger head: send it back as If-None-Match to get 304 while nothing changed.',
  'Public answers never carry personal data (names, phone numbers, ID numbers, complaint texts, which',
  'owner cast which ballot). An auditor bearer token unlocks event-level personal fields.',
].join(' ');

/** Registers @fastify/swagger (before any route, so it sees them all). */
export function registerOpenApi(app: FastifyInstance): void {
  app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'govledger read API', version: '1.0.0', description: DESCRIPTION },
      tags: [
        { name: 'ledger', description: 'The verifiable log: head, checkpoints, leaves, proofs' },
        { name: 'events', description: 'Events of one stream (public view, or opened for auditors)' },
        { name: 'audit', description: 'What changed between two points, and what one actor did' },
        { name: 'complaints', description: 'Complaints and repair requests 投诉报修' },
        { name: 'votes', description: "Owners' assembly votes 业主大会表决 under Civil Code art. 278" },
        { name: 'funds', description: 'Special maintenance funds 住宅专项维修资金' },
        { name: 'committees', description: "Owners' committees 业主委员会 and their party members 红色业委会" },
        { name: 'public-income', description: 'Public income 公共收益 from the common parts' },
        { name: 'ratings', description: 'Quarterly ratings and the red-black list 红黑榜' },
        { name: 'companies', description: 'Property companies and their credit files 企业信用档案' },
        { name: 'coverage', description: 'Old-community coverage 老旧小区物业管理全覆盖' },
        { name: 'party-building', description: 'Party organisations of property companies 党建引领' },
        { name: 'pilots', description: 'Pilot projects 试点 and demonstration sites 示范点' },
        { name: 'joint-meetings', description: 'Four-party joint meetings 四方联席会议' },
        { name: 'notices', description: 'Notices 公示公告 and their disclosure periods' },
      ],
      components: {
        securitySchemes: {
          auditor: { type: 'http', scheme: 'bearer', description: 'The auditor token the operator configured' },
        },
      },
    },
  });
}

/** Registers `/openapi.json` and the docs UI at `/docs` (after the routes). */
export function registerDocs(app: FastifyInstance): void {
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } });
}
