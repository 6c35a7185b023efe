/**
 * The words for what an import found: file problems, where an entry was, and each error, in the interface
 * language. Pure, so every code has a message (the compiler checks the tables are complete).
 */
import type { ImportError, ImportErrorCode } from '../../lib/glossary/dry-run';
import type { FileProblem, Where } from '../../lib/glossary/formats';
import type { ClashSource } from '../../lib/glossary/clashes';
import { t, type MessageKey } from '../../lib/i18n';
import { FIELD_ERROR_KEYS } from './field-errors';
import type { Lang } from '../../lib/kb/schema';

const ERROR_KEYS: Record<ImportErrorCode, MessageKey> = {
  ...FIELD_ERROR_KEYS,
  markup: 'ioErrorMarkup',
  json: 'ioErrorJson',
  extra: 'ioErrorExtra',
  duplicate: 'ioErrorDuplicate',
  'not-entry': 'ioErrorNotEntry',
};

const CSV_KEYS: Record<string, MessageKey> = {
  'unclosed-quote': 'ioCsvUnclosedQuote',
  'stray-quote': 'ioCsvStrayQuote',
  'text-after-quote': 'ioCsvTextAfterQuote',
};

const SOURCE_KEYS: Record<ClashSource, MessageKey> = { bundled: 'ioSourceBundled', own: 'ioSourceOwn', file: 'ioSourceFile' };

/** Why a file was refused as a whole. */
export function problemText(lang: Lang, problem: FileProblem | { code: 'unreadable' }): string {
  switch (problem.code) {
    case 'too-large':
      return t(lang, 'ioProblemTooLarge');
    case 'empty':
      return t(lang, 'ioProblemEmpty');
    case 'not-json':
      return t(lang, 'ioProblemNotJson');
    case 'shape':
      return t(lang, 'ioProblemShape');
    case 'no-entries':
      return t(lang, 'ioProblemNoEntries');
    case 'backup-version':
      return t(lang, 'ioProblemBackupVersion');
    case 'csv':
      return t(lang, 'ioProblemCsv', problem.line, t(lang, CSV_KEYS[problem.problem] ?? 'errorInvalid'));
    case 'columns-unknown':
      return t(lang, 'ioProblemColumnsUnknown', problem.columns.join(', '));
    case 'columns-missing':
      return t(lang, 'ioProblemColumnsMissing', problem.columns.join(', '));
    case 'unreadable':
      return t(lang, 'ioProblemUnreadable');
  }
}

export function whereText(lang: Lang, where: Where): string {
  if (where.kind === 'row') return t(lang, 'ioWhereRow', where.line);
  if (where.kind === 'entry') return t(lang, 'ioWhereEntry', where.index);
  return t(lang, 'ioWhereSettings');
}

/** `links.more: Use a web address that starts with http:// or https://.` */
export function errorText(lang: Lang, error: ImportError): string {
  return `${error.field}: ${t(lang, ERROR_KEYS[error.code], error.max ?? '')}`;
}

export function sourceText(lang: Lang, source: ClashSource): string {
  return t(lang, SOURCE_KEYS[source]);
}
