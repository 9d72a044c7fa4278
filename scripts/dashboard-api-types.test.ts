import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_PATH, renderApiTypes } from './dashboard-api-types.ts';

describe("the dashboard's types of the read API", () => {
  it('are current with the OpenAPI document the reader serves (run `pnpm api-types` after changing a route)', async () => {
    expect(readFileSync(API_TYPES_PATH, 'utf8')).toBe(await renderApiTypes());
  });

  it('declare the complaint card with the statuses the board uses, derived from the served schema', async () => {
    const text = await renderApiTypes();
    expect(text).toContain('"/v1/complaints": {');
    expect(text).toMatch(
      /status: "filed" \| "assigned" \| "responded" \| "resolved" \| "reopened" \| "escalated" \| "closed";/,
    );
    expect(text).toContain('satisfaction: number | null;');
  });
});
