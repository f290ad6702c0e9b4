/** The XLSX file of a weekly summary (write-excel-file's browser build: no Node APIs). */
import writeXlsxFile from 'write-excel-file/browser';
import type { Language } from '../schema';
import { xlsxSheets } from './export';
import type { WeekSummary } from './week';

export function toXlsxBlob(summary: WeekSummary, lang: Language): Promise<Blob> {
  // null cells are the library's empty cells.
  return writeXlsxFile(xlsxSheets(summary, lang)).toBlob();
}
