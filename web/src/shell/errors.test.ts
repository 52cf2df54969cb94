import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeError, errorsByField, fieldKey, isSignInExpired } from './errors';

describe('UserErrors beside their fields', () => {
  it('drops the leading input and dots the path', () => {
    expect(fieldKey({ code: 'X', message: 'm', field: ['input', 'subject', 'birthYear'] })).toBe('subject.birthYear');
    expect(fieldKey({ code: 'X', message: 'm', field: null })).toBe('');
  });

  it('puts each error beside the field it names, deeper paths beside the nearest shown one, the rest on top', () => {
    const { byField, general } = errorsByField([
      { code: 'BIRTH_YEAR_OUT_OF_RANGE', message: 'birthYear must be between 1916 and 2021.', field: ['input', 'subject', 'birthYear'] },
      { code: 'TOO_LONG', message: 'relationship is too long.', field: ['input', 'household', 'members', '0', 'relationship'] },
      { code: 'TOO_LONG', message: 'clientMutationId is too long.', field: ['input', 'clientMutationId'] },
      { code: 'SOMETHING_NEW', message: 'A new rule.' },
    ], ['subject.birthYear', 'household.members']);
    expect(byField).toEqual({
      'subject.birthYear': ['生まれ年が範囲外です（5歳から110歳の範囲で入れてください）。'],
      'household.members': ['入力が長すぎます。短くしてください。'],
    });
    expect(general).toEqual(['入力が長すぎます。短くしてください。', 'A new rule.']);
  });
});

describe('request failures', () => {
  const gql = (code: string) => new CombinedError({ graphQLErrors: [new GraphQLError('x', { extensions: { code } })] });

  it('knows an expired sign-in by UNAUTHENTICATED or HTTP 401', () => {
    expect(isSignInExpired(gql('UNAUTHENTICATED'))).toBe(true);
    expect(isSignInExpired(new CombinedError({ networkError: new Error('401'), response: { status: 401 } }))).toBe(true);
    expect(isSignInExpired(gql('FORBIDDEN'))).toBe(false);
    expect(isSignInExpired(undefined)).toBe(false);
  });

  it('says what went wrong in Japanese, by code', () => {
    expect(describeError(gql('UNAUTHENTICATED'))).toContain('サインインの有効期限が切れました');
    expect(describeError(gql('FORBIDDEN'))).toBe('この情報を見る権限がありません。');
    expect(describeError(gql('RATE_LIMITED'))).toContain('しばらく待って');
    expect(describeError(new CombinedError({ networkError: new Error('offline') }))).toContain('接続できませんでした');
    expect(describeError(gql('SOMETHING_NEW'))).toContain('サーバーで問題が起きました');
    expect(describeError(null)).toBeNull();
  });
});
