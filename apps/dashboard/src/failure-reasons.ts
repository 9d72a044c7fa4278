/**
 * Why a check in the browser failed, in the page's language. The checks (verify/) state their
 * reasons in English; on the Chinese page each known reason is shown in Chinese, with its
 * figures carried over, and an unknown one as it is.
 */
import { currentLanguage } from './i18n.ts';

/** Known reasons: an English pattern and its Chinese form (`$1` … are the pattern's figures). */
const REASONS: readonly (readonly [RegExp, string])[] = [
  [/^the ledger publishes no verifier key$/, '账本未公布验证公钥'],
  [/^the checkpoint could not be fetched: (.*)$/, '无法取得检查点：$1'],
  [/^the verifier key differs from the one you verified with last time$/, '验证公钥与您上次核验时的不同'],
  [/^the log origin differs from the one you verified last time$/, '账本来源标识与您上次核验时的不同'],
  [/^the remembered checkpoint is unreadable$/, '本地记住的检查点无法读取'],
  [/^the log shrank: you verified size (\d+), it now says (\d+)$/, '账本变小了：您核验过大小 $1，现在显示 $2'],
  [/^the consistency proof is malformed$/, '一致性证明格式错误'],
  [/^the consistency proof could not be fetched: (.*)$/, '无法取得一致性证明：$1'],
  [/^entry (\d+) is newer than the latest checkpoint \(size (\d+)\)$/, '第 $1 条记录晚于最新检查点（大小 $2）'],
  [/^the inclusion proof is malformed$/, '包含证明格式错误'],
  [/^the leaf or its proof could not be fetched: (.*)$/, '无法取得记录原文或其证明：$1'],
  [/^entry (\d+) is not in a tree of size (\d+)$/, '第 $1 条记录不在大小为 $2 的树中'],
  [/^the inclusion proof is longer than the tree is deep$/, '包含证明比树的深度长'],
  [/^the inclusion proof is shorter than the tree is deep$/, '包含证明比树的深度短'],
  [/^the inclusion proof does not lead to the checkpoint root$/, '包含证明推算出的根哈希与检查点不符'],
  [/^no consistency between sizes (\d+) and (\d+)$/, '大小 $1 与 $2 之间不一致'],
  [/^the same size has two different roots$/, '同一大小有两个不同的根哈希'],
  [/^the consistency proof is empty$/, '一致性证明为空'],
  [/^the consistency proof is (longer|shorter) than the tree is deep$/, '一致性证明与树的深度不符'],
  [/^the proof does not lead to the root you held for size (\d+)$/, '证明推算出的根哈希与您保存的大小 $1 的根不符'],
  [/^the proof does not lead to the checkpoint root of size (\d+)$/, '证明推算出的根哈希与大小 $1 的检查点不符'],
  [/^the verifier key is not name\+keyid\+key$/, '验证公钥格式不是 名称+密钥编号+公钥'],
  [/^the verifier key is not an Ed25519 key$/, '验证公钥不是 Ed25519 公钥'],
  [/^the verifier key id does not match its key$/, '验证公钥编号与公钥不符'],
  [/^the checkpoint lacks its origin, size or root$/, '检查点缺少来源标识、大小或根哈希'],
  [/^the checkpoint size is not a number$/, '检查点的大小不是数字'],
  [/^the checkpoint root is not a SHA-256 hash$/, '检查点的根哈希不是 SHA-256 哈希'],
  [/^the checkpoint is not a signed note$/, '检查点不是签名文本'],
  [/^the checkpoint has a malformed signature line$/, '检查点的签名行格式错误'],
  [/^the checkpoint has a malformed signature$/, '检查点的签名格式错误'],
  [/^the checkpoint signature does not verify with the published key$/, '检查点签名无法用公布的公钥验证'],
  [/^the checkpoint is not signed by the published key (.*)$/, '检查点不是由公布的公钥 $1 签名'],
  [/^the leaf is not JSON$/, '记录原文不是 JSON'],
  [/^the leaf at index (\d+) is not the event shown \((.*)\)$/, '第 $1 条记录原文不是所列的事件（$2）'],
];

/** `reason` in the page's language. */
export function failureReason(reason: string): string {
  if (currentLanguage() !== 'zh') return reason;
  for (const [pattern, chinese] of REASONS) if (pattern.test(reason)) return reason.replace(pattern, chinese);
  return reason;
}
