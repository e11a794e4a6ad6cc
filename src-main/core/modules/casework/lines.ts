import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import { catalogueByCode } from '../references/service';

// Service lines of a decision or a work plan, checked against the catalogue: a known, active
// code; given in the case's form; of a type the decision grants; within the catalogue's maximum.

export interface Line {
  code: string;
  volume: number;
  periodicity: string;
}

export function checkLines(
  db: Db,
  lines: readonly Line[],
  field: string,
  opts: { form: string | null; ssuTypes?: readonly string[] },
): void {
  const catalogue = catalogueByCode(db);
  const fields: Record<string, string> = {};
  lines.forEach((line, i) => {
    const item = catalogue.get(line.code);
    if (!item?.active) fields[`${field}.${i}.code`] = 'unknownService';
    else if (opts.form && !item.forms.includes(opts.form)) fields[`${field}.${i}.code`] = 'serviceNotInForm';
    else if (opts.ssuTypes && !opts.ssuTypes.includes(item.ssuType))
      fields[`${field}.${i}.code`] = 'serviceTypeNotGranted';
    else if (item.maxVolume !== null && line.volume > item.maxVolume)
      fields[`${field}.${i}.volume`] = `maxNumber:${item.maxVolume}`;
  });
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', { fields });
}
