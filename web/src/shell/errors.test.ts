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
      { code: 'INVALID_KANA', message: 'ふりがなはひらがなかカタカナで', field: ['input', 'subject', 'kana'] },
      { code: 'REQUIRED', message: '続柄を入れてください', field: ['input', 'household', 'members', '0', 'relationship'] },
      { code: 'TOO_LONG', message: '長すぎます', field: ['input', 'clientMutationId'] },
      { code: 'CONFLICT', message: 'すでに終結しています' },
    ], ['subject.kana', 'household.members']);
    expect(byField).toEqual({ 'subject.kana': ['ふりがなはひらがなかカタカナで'], 'household.members': ['続柄を入れてください'] });
    expect(general).toEqual(['長すぎます', 'すでに終結しています']);
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
