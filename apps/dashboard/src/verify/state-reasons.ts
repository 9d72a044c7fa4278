/**
 * Why a figure failed its state check, in the page's two languages: each reason has a code
 * (what the checks return) and its Chinese and English text (what the page shows beside the
 * struck-through figure).
 */

/** The reasons a record can fail its check against the signed state root. */
export const STATE_REASONS = {
  noNote: { zh: '该数字没有签名的状态承诺', en: 'no signed state commitment covers this figure' },
  noteSignature: {
    zh: '状态承诺的签名无法用公布的公钥验证',
    en: 'the state commitment signature does not verify with the published key',
  },
  noteFormat: { zh: '状态承诺的格式无法识别', en: 'the state commitment is not in a format this page knows' },
  otherLog: { zh: '状态承诺属于另一个账本', en: 'the state commitment names another ledger' },
  otherCheckpoint: {
    zh: '状态承诺与已验证的检查点（同一账本规模）不一致',
    en: 'the state commitment does not name the verified checkpoint of the same ledger size',
  },
  otherSize: {
    zh: '数字所依据的账本规模与状态承诺不符',
    en: 'the figure was computed at another ledger size than the commitment',
  },
  proof: { zh: '数字的证明无法推导出已签名的状态根', en: "the figure's proof does not lead to the signed state root" },
  record: { zh: '显示的数字与已证明的记录不符', en: 'the figure shown differs from the proven record' },
  missing: { zh: '服务器未提供该数字的记录证明', en: "the server gave no proof of this figure's record" },
  noCheckpoint: {
    zh: '没有已验证的签名检查点可供核对',
    en: 'no verified signed checkpoint to check against',
  },
  unreachable: { zh: '无法取得该数字的证明', en: "the figure's proof could not be fetched" },
} as const;

/** The code of a reason. */
export type StateReason = keyof typeof STATE_REASONS;

/** The text of `reason` in the page's language. */
export function describeStateReason(reason: StateReason, language: 'zh' | 'en'): string {
  return STATE_REASONS[reason][language];
}
