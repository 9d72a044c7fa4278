/**
 * The public records of `companyCreditFiles`: one per property company, keyed by its id —
 * its red and black listings, credit points, tender suspensions and award blocks, and the
 * tenders it was awarded. A credit file names companies and projects, never a person.
 */
import type { PublicRecords } from '@govledger/core';
import { ownEntry } from '../public-records.ts';
import { PropertyCompanyRegistered, type PropertyCompanyRegisteredData } from '../registry/events.ts';
import {
  RedBlackListPublished,
  type RedBlackListPublishedData,
  TenderAwardRecorded,
  type TenderAwardRecordedData,
} from './events.ts';

/** The public records of the credit files (see the module comment). */
export const creditFileRecords: PublicRecords<Readonly<Record<string, unknown>>> = {
  touched(_state, event) {
    switch (event.type) {
      case PropertyCompanyRegistered.type:
        return [(event.data as PropertyCompanyRegisteredData).companyId];
      case TenderAwardRecorded.type:
        return [(event.data as TenderAwardRecordedData).companyId];
      case RedBlackListPublished.type: {
        const { red, black, consequences } = event.data as RedBlackListPublishedData;
        return new Set([...red, ...black, ...consequences].map((entry) => entry.companyId));
      }
      default:
        return [];
    }
  },
  read: (state, key) => ownEntry(state, key),
  keys: (state) => Object.keys(state),
};
