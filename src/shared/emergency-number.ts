import type { AttributeRule } from './attribute-rule.js';

/**
 * The emergency number, which every widget takes for the texts that ask the reader to call it.
 * `<therapy-page>` checks it at its edge and passes only a good value to the widgets inside it,
 * so a bad value is reported once, by the element it is on.
 */

// Digits with the separators people write in phone numbers; at least one digit.
const PHONE_NUMBER = /^\+?[\d\s().-]{1,30}$/;

export const EMERGENCY_NUMBER: AttributeRule = {
  attribute: 'emergency-number',
  fallback: '911',
  parse: (value) => {
    const trimmed = value.trim();
    return PHONE_NUMBER.test(trimmed) && /\d/.test(trimmed) ? trimmed : undefined;
  },
  consequence: 'showing 911. Use digits, spaces, +, -, . or brackets, like 911 or +44 20 7946 0000',
};
