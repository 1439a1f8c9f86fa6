import { expectTypeOf, test } from 'vitest';
import type { IssueCode, Locale, MessageCatalogue } from '@itu-aicb/core';
import { englishMessages } from '@itu-aicb/core';

test('a catalogue must word every issue code', () => {
  const incomplete: Omit<MessageCatalogue, 'text/empty'> = englishMessages;
  // @ts-expect-error: a catalogue without one code's message does not compile
  const missing: MessageCatalogue = incomplete;
  expectTypeOf(missing).toEqualTypeOf<MessageCatalogue>();
  expectTypeOf<keyof Locale['messages']>().toEqualTypeOf<IssueCode>();
});
