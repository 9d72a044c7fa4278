/**
 * C2SP tlog-tiles addressing (c2sp.org/tlog-tiles): `tile/<L>/<N>[.p/<W>]` for Merkle tree
 * tiles and `tile/entries/<N>[.p/<W>]` for entry bundles. `<N>` is written in zero-padded
 * 3-digit path elements, all but the last prefixed with `x` (1234067 → `x001/x234/067`);
 * `.p/<W>` marks a partial tile of W (1–255) hashes or entries.
 *
 * Tile n at level l holds, for i in 0…255, MTH(D[(n·256+i)·256^l : (n·256+i+1)·256^l]):
 * the perfect subtree at Merkle level 8·l, index n·256+i.
 */
import { type Either, left, right } from 'fp-ts/lib/Either.js';

/** Hashes (or entries) in a full tile. */
export const TILE_WIDTH = 256;

/** Tile levels allowed by the spec (0–63). */
export const MAX_TILE_LEVEL = 63;

/** A tile or entry bundle. */
export interface TileId {
  /** The tile level, or 'entries' for an entry bundle. */
  readonly level: number | 'entries';
  readonly index: number;
  /** 256 for a full tile, 1–255 for a partial one. */
  readonly width: number;
}

/** `<N>` as path elements: 5 → `005`, 1234067 → `x001/x234/067`. */
export function formatTileIndex(index: number): string {
  let n = index;
  let out = String(n % 1000).padStart(3, '0');
  while (n >= 1000) {
    n = Math.floor(n / 1000);
    out = `x${String(n % 1000).padStart(3, '0')}/${out}`;
  }
  return out;
}

/** The path of `tile` below the log prefix, e.g. `tile/0/x001/234.p/7` or `tile/entries/000`. */
export function formatTilePath(tile: TileId): string {
  const partial = tile.width === TILE_WIDTH ? '' : `.p/${tile.width}`;
  return `tile/${tile.level}/${formatTileIndex(tile.index)}${partial}`;
}

const PATH = /^(entries|0|[1-9][0-9]?)\/((?:x[0-9]{3}\/)*[0-9]{3})(?:\.p\/([1-9][0-9]{0,2}))?$/;

/**
 * Reads what follows `tile/` in a tile URL, strictly: the canonical form only (no leading
 * `x000`, no leading zeros in L or W), L ≤ 63, 1 ≤ W ≤ 255, N a safe integer.
 */
export function parseTilePath(rest: string): Either<string, TileId> {
  const match = PATH.exec(rest);
  if (!match) return left('not a tile path: expected <L>/<N>[.p/<W>] or entries/<N>[.p/<W>]');
  const [, levelText, indexText, widthText] = match as unknown as [string, string, string, string | undefined];
  const level = levelText === 'entries' ? 'entries' : Number(levelText);
  if (level !== 'entries' && level > MAX_TILE_LEVEL) return left(`tile level ${level} is above ${MAX_TILE_LEVEL}`);
  const index = Number(indexText.replaceAll('x', '').replaceAll('/', ''));
  if (!Number.isSafeInteger(index)) return left('tile index is too large');
  if (formatTileIndex(index) !== indexText) return left('tile index is not in canonical form');
  const width = widthText === undefined ? TILE_WIDTH : Number(widthText);
  if (widthText !== undefined && width >= TILE_WIDTH) return left(`partial tile width ${width} must be from 1 to 255`);
  return right({ level, index, width });
}

/**
 * The entries a tile spans given its width: its first entry and the entry after its last
 * (so a tile is available once the log has at least `end` entries), and the Merkle level
 * of each of its hashes (8·L; 0 for entry bundles).
 */
export function tileSpan(tile: TileId): { readonly start: number; readonly end: number; readonly hashLevel: number } {
  const level = tile.level === 'entries' ? 0 : tile.level;
  const perHash = TILE_WIDTH ** level;
  return {
    start: tile.index * TILE_WIDTH * perHash,
    end: (tile.index * TILE_WIDTH + tile.width) * perHash,
    hashLevel: 8 * level,
  };
}
