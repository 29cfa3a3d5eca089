import { expect } from '@open-wc/testing';

/** Who a text is written for. */
export type Audience = 'family' | 'child';

/**
 * Every fact of the content brief in one language's wording: for each widget (by tag), each fact,
 * and the patterns that say it for each audience.
 */
export type Facts = Record<string, Record<string, Record<Audience, RegExp[]>>>;

/**
 * Checks that each fact is given by its own widget only, so that no widget repeats another: no
 * pattern of one widget's facts matches another widget's text. The emergency sentence (a pattern
 * that `emergency` matches) may stand in the disclaimer and, for allergic reactions, in the card.
 */
export function expectEachFactInOneWidget(
  facts: Facts,
  texts: ReadonlyArray<readonly [tag: string, text: string]>,
  audience: Audience,
  emergency: RegExp,
): void {
  for (const [tag, widgetFacts] of Object.entries(facts)) {
    for (const pattern of Object.values(widgetFacts).flatMap((patterns) => patterns[audience])) {
      const others = texts.filter(([other, text]) => other !== tag && pattern.test(text)).map(([other]) => other);
      const allowed = emergency.test(pattern.source) ? ['side-effect-card', 'cog-disclaimer'] : [];
      expect(
        others.filter((other) => !allowed.includes(other)),
        `${pattern} also in`,
      ).to.deep.equal([]);
    }
  }
}
