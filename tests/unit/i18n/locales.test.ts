// Both UI languages must have every key: a key one language lacks fails here.
import { describe, expect, it } from 'vitest';
import { namespaces, resources, uiLanguageForLocale } from '../../../renderer/src/i18n/resources';

type Tree = { [key: string]: string | Tree };

/** Leaf keys with plural suffixes folded, since languages have different plural forms (zh has none). */
function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) =>
      typeof value === 'string' ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`] : keysOf(value, `${prefix}${key}.`),
    )
    .filter((key, index, all) => all.indexOf(key) === index)
    .sort();
}

function valuesOf(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : valuesOf(value)));
}

describe('UI strings', () => {
  for (const namespace of namespaces) {
    it(`have the same ${namespace} keys in zh-CN and en`, () => {
      expect(keysOf(resources.en[namespace] as Tree)).toEqual(keysOf(resources['zh-CN'][namespace] as Tree));
    });

    it(`have no empty ${namespace} string in either language`, () => {
      for (const language of ['en', 'zh-CN'] as const) {
        expect(valuesOf(resources[language][namespace] as Tree).filter((value) => value.trim() === '')).toEqual([]);
      }
    });
  }

  it('use the same interpolation variables in both languages', () => {
    const variables = (tree: Tree) => keysOf(tree).map((key) => key);
    const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
      Object.fromEntries(
        Object.entries(tree).flatMap(([key, value]) =>
          typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
        ),
      );
    const names = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
    const en = flatten(resources.en.common as Tree);
    const zh = flatten(resources['zh-CN'].common as Tree);
    expect(variables(resources.en.common as Tree).length).toBeGreaterThan(10);
    for (const [key, text] of Object.entries(zh)) {
      const english = en[key] ?? en[key.replace(/_other$/, '_one')];
      if (english !== undefined) expect(names(text), key).toEqual(names(english));
    }
  });

  it('choose Chinese for any Chinese locale and English otherwise', () => {
    expect(uiLanguageForLocale('zh-CN')).toBe('zh-CN');
    expect(uiLanguageForLocale('zh-TW')).toBe('zh-CN');
    expect(uiLanguageForLocale('zh')).toBe('zh-CN');
    expect(uiLanguageForLocale('en-GB')).toBe('en');
    expect(uiLanguageForLocale('de')).toBe('en');
    expect(uiLanguageForLocale(undefined)).toBe('en');
  });
});
