import { html, type TemplateResult } from 'lit';

/**
 * Templates for an element whose name is one of a fixed few (`h1`–`h6`, the widgets), with the
 * same bindings whatever the name. Lit cannot bind a tag name: it reads a template's parts from
 * the strings of a tagged template literal and caches them by that array. So this makes each
 * name's strings once, as Lit's static-html module does, for a fraction of its bytes. The strings
 * become HTML: only ever pass names the library itself lists, never a value from a page.
 *
 * @param strings - The template's strings for one name: what a tagged literal would hold.
 * @returns A function taking the name and the values, in the order of the strings' gaps.
 */
export function templatesByName<Name extends string>(
  strings: (name: Name) => string[],
): (name: Name, ...values: unknown[]) => TemplateResult {
  const made = {} as Record<Name, TemplateStringsArray>;
  // Lit accepts only arrays made as template literals are: with their own `raw`.
  const make = (parts: string[]) => Object.assign(parts, { raw: parts }) as unknown as TemplateStringsArray;
  return (name, ...values) => html((made[name] ??= make(strings(name))), ...values);
}
