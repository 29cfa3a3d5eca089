import type { AttributeRule } from './attribute-rule.js';

/**
 * The disclaimer's own attributes, checked the same way wherever they are set: on
 * `<cog-disclaimer>`, or on `<therapy-page>`, which checks them at its edge and passes only good
 * values to the disclaimer inside it, so a bad value is reported once, by the element it is on.
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
  consequence: 'showing 911. Use digits only, like 911',
};

export const ORGANIZATION: AttributeRule = {
  attribute: 'organization',
  fallback: "Children's Oncology Group",
  parse: (value) => value.trim() || undefined,
  consequence: `showing "Children's Oncology Group"`,
};
