import type { CombinedError } from 'urql';
import { userErrorMessages } from './userErrorMessages';

/** A UserError of a mutation payload (the API's shape). */
export interface UserError {
  code: string;
  message: string;
  field?: readonly string[] | null;
}

/** The form field a UserError names: its path without the leading "input", dotted ("subject.kana"); "" for the form as a whole. */
export function fieldKey(error: UserError): string {
  const path = error.field ?? [];
  return (path[0] === 'input' ? path.slice(1) : path).join('.');
}

/**
 * Splits UserErrors into those beside a field the form shows and the rest (shown at the top of
 * the form). A path deeper than a shown field goes to the nearest shown ancestor
 * ("household.members.0.relationship" → "household.members" when only that is shown).
 */
export function errorsByField(errors: readonly UserError[], shownFields: readonly string[]): { byField: Record<string, string[]>; general: string[] } {
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  for (const error of errors) {
    let key = fieldKey(error);
    while (key && !shownFields.includes(key)) key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '';
    const message = userErrorMessage(error);
    if (key) (byField[key] ??= []).push(message);
    else general.push(message);
  }
  return { byField, general };
}

/** The Japanese sentence for a UserError's code; the API's message for a code not known yet. */
export function userErrorMessage(error: UserError): string {
  return userErrorMessages[error.code] ?? error.message;
}

const codeMessages: Record<string, string> = {
  UNAUTHENTICATED: 'サインインの有効期限が切れました。もう一度サインインしてください。',
  FORBIDDEN: 'この情報を見る権限がありません。',
  NOT_FOUND: '見つかりませんでした。',
  BAD_USER_INPUT: '入力内容を確認してください。',
  QUERY_TOO_COMPLEX: '一度に求める情報が多すぎます。条件を絞ってください。',
  RATE_LIMITED: '短時間に操作が集中しました。しばらく待ってからもう一度お試しください。',
  INTERNAL: 'サーバーで問題が起きました。時間をおいてもう一度お試しください。',
};

/** The GraphQL error codes of a failed operation (extensions.code). */
export function errorCodes(error: CombinedError | undefined | null): string[] {
  if (!error) return [];
  const codes = error.graphQLErrors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL'));
  const status = (error.response as Response | undefined)?.status;
  if (status === 401) codes.push('UNAUTHENTICATED');
  else if (status === 403) codes.push('FORBIDDEN');
  else if (status === 429) codes.push('RATE_LIMITED');
  return codes;
}

/** True when the sign-in has expired or is missing: the person has to sign in again. */
export function isSignInExpired(error: CombinedError | undefined | null): boolean {
  return errorCodes(error).includes('UNAUTHENTICATED');
}

/** One Japanese sentence for a failed operation, by its error code. */
export function describeError(error: CombinedError | undefined | null): string | null {
  if (!error) return null;
  const codes = errorCodes(error);
  for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED', 'QUERY_TOO_COMPLEX', 'BAD_USER_INPUT']) {
    if (codes.includes(code)) return codeMessages[code];
  }
  if (error.networkError) return 'サーバーに接続できませんでした。通信環境を確認してもう一度お試しください。';
  return codeMessages.INTERNAL;
}
