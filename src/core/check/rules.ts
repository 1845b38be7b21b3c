// What every rule produces before positions are turned into lines and columns.

import type { Evidence, FactBase } from '../factbase/types';
import type { NameIndex, NameMention } from './names';
import type { Token } from './tokens';
import type { FindingCode } from './types';

export interface RawFix {
  title: string;
  replacement: string;
  /** Offsets of the text to replace; the finding's own range when absent. */
  start?: number;
  end?: number;
}

export interface RawFinding {
  code: FindingCode;
  start: number;
  end: number;
  message: string;
  /** The passages supporting what the sources say instead. */
  evidence: Evidence[];
  fixes: RawFix[];
}

/** One block of a draft as the rules see it: its prose words and the names found among them. */
export interface BlockView {
  factBase: FactBase;
  names: NameIndex;
  text: string;
  prose: string;
  start: number;
  end: number;
  tokens: Token[];
  mentions: NameMention[];
}
