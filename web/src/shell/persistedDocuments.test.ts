// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as documents from '../gql/graphql';

const manifest = JSON.parse(readFileSync(new URL('../gql/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
const operations = Object.entries(documents)
  .filter(([name, value]) => name.endsWith('Document') && typeof value === 'object' && value !== null && '__meta__' in value)
  .map(([name, value]) => ({ name, doc: value as unknown as { __meta__: { hash: string }; definitions: { kind: string }[] } }))
  .filter(({ doc }) => doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION));

describe('the persisted-document manifest the silo registers', () => {
  it('keys each document by the SHA-256 of its text', () => {
    for (const [hash, text] of Object.entries(manifest)) {
      expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(hash);
      expect(() => parse(text)).not.toThrow();
    }
  });

  it('holds every operation the app sends, under the hash the app sends', () => {
    expect(operations.length).toBeGreaterThan(30);
    for (const { name, doc } of operations) expect(manifest, name).toHaveProperty(doc.__meta__.hash);
    expect(Object.keys(manifest)).toHaveLength(operations.length);
  });
});
