/**
 * Event types as a reader reads them: `RatingCorrected` is 评价更正 on the Chinese page and
 * "rating corrected" on the English one. The words are governance's one table of labels
 * (the audit report uses it too), taken into the bundle at build time: the page still reads
 * its data only from the public API. A type missing from it shows as it is recorded.
 */
import { EVENT_LABELS } from '@govledger/governance/labels';
import { currentLanguage } from './i18n.ts';

/** The name of event type `type` in the page's language. */
export function eventName(type: string): string {
  return EVENT_LABELS[type]?.[currentLanguage()] ?? type;
}
