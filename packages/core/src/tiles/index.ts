/** C2SP tlog-tiles addressing: tile paths and the entries each tile spans. */
export {
  formatTileIndex,
  formatTilePath,
  MAX_TILE_LEVEL,
  parseTilePath,
  TILE_WIDTH,
  type TileId,
  tileSpan,
} from './tile-path.ts';
