import { pieces, slugWords } from './slug-words';

describe('slugWords', () => {
  it('drops every Arabic and Hebrew vowel point, cantillation and Quranic mark Unicode lists', () => {
    const missed: string[] = [];
    for (let code = 0; code < 0x110000; code += 1) {
      if (code === 0x0307 || code === 0x0308 || (code >= 0xd800 && code <= 0xdfff)) continue; // shared with Latin; surrogates
      const mark = String.fromCodePoint(code);
      if (!/\p{M}/u.test(mark) || !/[\p{Script_Extensions=Arabic}\p{Script_Extensions=Hebrew}]/u.test(mark)) continue;
      const words = slugWords(`ب${mark}ب ש${mark}ש`);
      if (words.join(' ') !== 'بب שש' && code !== 0x102e0) missed.push(`U+${code.toString(16).toUpperCase()}`);
    }
    expect(missed).toEqual([]);
  });

  it('keeps a Hebrew abbreviation whole: geresh and gershayim do not split it', () => {
    expect(slugWords('דובר צה״ל: ת״א ו־ירושלים, ג׳ירפה')).toEqual(['דובר', 'צהל', 'תא', 'ו', 'ירושלים', 'גירפה']);
  });

  it('keeps the marks of other scripts', () => {
    expect(slugWords('q\u0323 नमस्ते')).toEqual(['q\u0323', 'नमस्ते']);
  });

  it('joins across invisible characters and splits on everything else', () => {
    expect(slugWords('می\u200Cخواهم، «المف\u200Dتي»—CNN')).toEqual(['میخواهم', 'المفتي', 'cnn']);
  });
});

describe('pieces', () => {
  it('cuts before a space, or never inside a surrogate pair', () => {
    expect([...pieces('aaa bbb ccc', 5)]).toEqual(['aaa', ' bbb', ' ccc']);
    expect([...pieces('ab𐤀cd', 3)]).toEqual(['ab', '𐤀c', 'd']);
  });
});
