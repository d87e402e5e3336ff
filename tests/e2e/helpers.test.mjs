// Reading displayed numbers back in Finnish and English, as the browser tests rely on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDisplayedNumber } from './helpers.mjs';

test('reads Finnish numbers', () => {
  const cases = [
    ['60\u00a0%', 60],
    ['12,5\u00a0%', 12.5],
    ['\u22121,5 %-yks.', -1.5],
    ['+1\u00a0234\u00a0567,89\u00a0€', 1234567.89],
    ['\u2212123\u202f456\u00a0€', -123456],
    ['0', 0],
  ];
  for (const [text, value] of cases) assert.equal(parseDisplayedNumber(text, 'fi-FI'), value, text);
});

test('reads English numbers', () => {
  const cases = [
    ['60%', 60],
    ['12.5%', 12.5],
    ['-1.5 pp', -1.5],
    ['+€1,234,567.89', 1234567.89],
    ['-€123,456', -123456],
    ['\u2212€5', -5],
    ['40%\u00a0→ 75%', 75],
    ['€1,000\u00a0→ \u2212€2', -2],
  ];
  for (const [text, value] of cases) assert.equal(parseDisplayedNumber(text, 'en-US'), value, text);
});

test('refuses text without a number', () => {
  assert.throws(() => parseDisplayedNumber('—', 'en-US'), /no number/);
});
