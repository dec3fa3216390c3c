/**
 * Unicode classes the bidi code needs, built from Script properties: a strong
 * right-to-left character is a letter of a right-to-left script (UAX #9 types
 * R and AL); a strong left-to-right one is any other letter (type L).
 * Digits, punctuation and combining marks are weak or neutral in both.
 */
const RTL_SCRIPTS = [
  'Arabic', 'Hebrew', 'Syriac', 'Thaana', 'Nko', 'Samaritan', 'Mandaic', 'Adlam', 'Hanifi_Rohingya', 'Mende_Kikakui',
  'Imperial_Aramaic', 'Phoenician', 'Old_South_Arabian', 'Avestan', 'Yezidi',
];

const rtlScriptClass = RTL_SCRIPTS.map((s) => `\\p{Script=${s}}`).join('');

/** Class bodies (for use inside `[...]` with the `v` flag). */
export const RTL_LETTER_CLASS = `[\\p{L}&&[${rtlScriptClass}]]`;
export const LTR_LETTER_CLASS = `[\\p{L}--[${rtlScriptClass}]]`;

/** RLM (R) and ALM (AL) count as strong right-to-left; LRM as strong left-to-right. */
export const STRONG_RTL = new RegExp(`[${RTL_LETTER_CLASS}\\u200F\\u061C]`, 'v');
export const STRONG_LTR = new RegExp(`[${LTR_LETTER_CLASS}\\u200E]`, 'v');
