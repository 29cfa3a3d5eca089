/**
 * How a widget reads one text attribute: what to use when it is missing, how to tell a good value
 * from a bad one, and what happens instead of a bad one (for the console warning). The base
 * element applies rules with `checkAttribute()`, so every widget treats bad values alike.
 */
export interface AttributeRule {
  attribute: string;
  fallback: string;
  /** The value to use, or undefined when it is not valid. */
  parse(value: string): string | undefined;
  /** What happens instead, for the warning. */
  consequence: string;
}
