// @vitest-environment node
import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, label, labels, options } from './labels';

const sdl = readFileSync(new URL('../../tests/Platform.Tests/Contract/schema.approved.graphql', import.meta.url), 'utf8');
const schema = buildSchema(sdl);
const enums = Object.values(schema.getTypeMap()).filter((t) => isEnumType(t) && !t.name.startsWith('__'));

describe('the label table', () => {
  it('has a table for every enum of the SDL and none that the SDL lacks', () => {
    expect(Object.keys(labels).sort()).toEqual(enums.map((e) => e.name).sort());
  });

  it.each(enums.map((e) => [e.name, e] as const))('labels every value of %s, each once', (name, type) => {
    if (!isEnumType(type)) throw new Error('not an enum');
    const table = labels[name as keyof typeof labels] as Record<string, string>;
    expect(Object.keys(table).sort()).toEqual(type.getValues().map((v) => v.name).sort());
    const texts = Object.values(table);
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('uses the glossary words', () => {
    expect(label('CaseStatus', 'MONITORING')).toBe('見守り');
    expect(label('ProgramTier', 'SUPPORT_STATION')).toBe('ひきこもり支援ステーション事業');
    expect(label('ContactChannel', 'HOME_VISIT')).toBe('訪問（アウトリーチ）');
    expect(label('ReferralOutcome', 'DECLINED')).toBe('本人が希望せず');
  });

  it('shows a dash for no value and the raw value for one it does not know', () => {
    expect(label('Gender', null)).toBe('—');
    expect(label('Gender', 'NEW_VALUE' as never)).toBe('NEW_VALUE');
  });

  it('gives options in the API order', () => {
    expect(options('CaseStatus').map((o) => o.value)).toEqual(['INTAKE', 'ACTIVE', 'MONITORING', 'CLOSED', 'TRANSFERRED']);
  });

  it('names fiscal years in the Reiwa era', () => {
    expect(fiscalYearLabel(2023)).toBe('令和5年度（2023年度）');
    expect(fiscalYearLabel(2019)).toBe('令和元年度（2019年度）');
  });
});
