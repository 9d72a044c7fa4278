/**
 * The JSON shapes of tree heads and proofs, exactly as DESIGN.md's audit protocol prints them
 * (hashes in standard base64).
 */

/** The root of the first `size` entries. `root` is the raw 32-byte SHA-256. */
export interface TreeHead {
  readonly size: number;
  readonly root: Uint8Array;
}

/** `{"index":I,"size":N,"leafHash":"…","path":["…"],"root":"…"}` */
export interface InclusionProof {
  readonly index: number;
  readonly size: number;
  readonly leafHash: string;
  readonly path: readonly string[];
  readonly root: string;
}

/** `{"from":M,"to":N,"path":["…"],"fromRoot":"…","toRoot":"…"}` */
export interface ConsistencyProof {
  readonly from: number;
  readonly to: number;
  readonly path: readonly string[];
  readonly fromRoot: string;
  readonly toRoot: string;
}
