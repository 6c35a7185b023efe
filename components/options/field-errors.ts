/** The words for a form field's error, in the interface language. */
import { t, type MessageKey } from '../../lib/i18n';
import type { ErrorCode, FieldError } from '../../lib/kb/own-entry';
import type { Lang } from '../../lib/kb/schema';

/** The message for each error code of a field (imports add codes of their own to these). */
export const FIELD_ERROR_KEYS: Record<ErrorCode, MessageKey> = {
  required: 'errorRequired',
  'too-long': 'errorTooLong',
  'too-many': 'errorTooMany',
  link: 'errorLink',
  id: 'errorId',
  'id-taken': 'errorIdTaken',
  taken: 'errorTaken',
  date: 'errorDate',
  'partial-date': 'errorPartialDate',
  order: 'errorOrder',
  'need-name': 'errorNeedName',
  'role-english': 'errorRoleEnglish',
  wikidata: 'errorWikidata',
  invalid: 'errorInvalid',
};

export function errorMessage(lang: Lang, error: FieldError): string {
  const text = t(lang, FIELD_ERROR_KEYS[error.code], error.max ?? 0);
  return error.line === undefined ? text : t(lang, 'errorOnLine', error.line, text);
}

export function langName(ui: Lang, lang: Lang): string {
  return t(ui, `lang_${lang}`);
}
