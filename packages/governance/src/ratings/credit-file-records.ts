/**
 * The public records of `companyCreditFiles`: one per property company, keyed by its id —
 * its red and black listings, credit points, tender suspensions and award blocks, and the
 * tenders it was awarded. A credit file names companies and projects, never a person.
 */
import { isEventOf, type PublicRecords } from '@govledger/core';
import { ownEntry } from '../public-records.ts';
import { PropertyCompanyRegistered } from '../registry/events.ts';
import { RedBlackListPublished, TenderAwardRecorded } from './events.ts';

/** True for an event a credit file folds: a company's registration (its name), a published list, a tender award. */
export const isCreditFileEvent = isEventOf([PropertyCompanyRegistered, RedBlackListPublished, TenderAwardRecorded]);

/** The public records of the credit files (see the module comment). */
export const creditFileRecords: PublicRecords<Readonly<Record<string, unknown>>> = {
  touched(_state, event) {
    if (!isCreditFileEvent(event)) return [];
    const { type, data } = event;
    switch (type) {
      case PropertyCompanyRegistered.type:
      case TenderAwardRecorded.type:
        return [data.companyId];
      case RedBlackListPublished.type: {
        const { red, black, consequences } = data;
        return new Set([...red, ...black, ...consequences].map((entry) => entry.companyId));
      }
      default:
        return [];
    }
  },
  read: (state, key) => ownEntry(state, key),
  keys: (state) => Object.keys(state),
};
