// Emergency numbers every widget refuses (showing 911 and warning once), and the fallback text too:
// shared by test/attributes.test.ts and test/node/fallback.test.mjs. Each breaks one rule of
// src/shared/emergency-number.ts: no digit at all, or more than 30 characters after the "+".
export const BAD_EMERGENCY_NUMBERS = ['call us', 'javascript:alert(1)', '()', '-', '+', ' . ', '1'.repeat(31)];
