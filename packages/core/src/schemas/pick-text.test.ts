import { describe, expect, it } from 'vitest';
import { pickText } from '@itu-aicb/core';

describe('pickText', () => {
  it('takes the language asked for, and says when it falls back to English', () => {
    const title = { en: 'Train officials', es: 'Formar a funcionarios', fr: '  ' };
    expect(pickText(title, 'es')).toEqual({
      text: 'Formar a funcionarios',
      language: 'es',
      fallback: false,
    });
    expect(pickText(title, 'fr')).toEqual({
      text: 'Train officials',
      language: 'en',
      fallback: true,
    });
    expect(pickText(title, 'en')).toEqual({
      text: 'Train officials',
      language: 'en',
      fallback: false,
    });
  });
});
