// Content-Security-Policy and Trusted Types for end-to-end tests: the directive that enforces
// Trusted Types, the violations a page reports, and the default policy an editor page needs.

/** The directive that makes every HTML and script sink need a Trusted Type (docs/csp.md's policy ends with it). */
export const REQUIRE_TRUSTED_TYPES = "require-trusted-types-for 'script'";

/** Records every CSP violation on the page from its start, as `<directive> blocked <what>`. */
export async function recordViolations(page) {
  const violations = [];
  await page.exposeFunction('reportViolation', (violation) => violations.push(violation));
  // Runs before the page's own scripts; the policy does not apply to it.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      window.reportViolation(`${event.effectiveDirective} blocked ${event.blockedURI || event.sample}`),
    ),
  );
  return violations;
}

/**
 * Gives `page` a default Trusted Types policy, as a CMS admin page that enforces Trusted Types must
 * have for the editors themselves: CKEditor 5 and TinyMCE write HTML and load scripts through the
 * browser's sinks and do not start without one, and WordPress's block editor reads a post's
 * blocks with innerHTML. It lets the
 * editor's own code through, but refuses HTML to code loaded from an address that matches
 * `refuseHtmlFrom` (the code that reached the sink: the first frame of the call stack with an
 * address), and refuses everything once `window.refuseTrustedTypes()` has been called. A refused
 * value throws a TypeError at the sink and reports a violation, as with no policy at all.
 */
export async function refusingDefaultPolicy(page, { refuseHtmlFrom } = {}) {
  await page.addInitScript((source) => {
    const refused = source === undefined ? undefined : new RegExp(source);
    let refusingAll = false;
    // This script has no address, so its own frames are skipped.
    const caller = () => new Error().stack.split('\n').find((frame) => /\bhttps?:\/\//.test(frame)) ?? '';
    const pass = (value) => (refusingAll ? null : value);
    const html = (value) => (refused?.test(caller()) ? null : pass(value));
    window.trustedTypes.createPolicy('default', { createHTML: html, createScript: pass, createScriptURL: pass });
    window.refuseTrustedTypes = () => {
      refusingAll = true;
    };
  }, refuseHtmlFrom?.source);
}

/**
 * The test pages' editor that loads its plugin from the build, dist/editors/ (CKEditor 5, TinyMCE),
 * enforcing Trusted Types: the page at addresses matching `pattern` is served with
 * REQUIRE_TRUSTED_TYPES, and a default policy that refuses HTML to the plugin's code.
 */
export async function enforceTrustedTypes(page, pattern) {
  await refusingDefaultPolicy(page, { refuseHtmlFrom: /\/dist\/editors\// });
  await page.route(pattern, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': REQUIRE_TRUSTED_TYPES },
    });
  });
}

/** Tries an HTML sink; returns whether it threw the TypeError of a refused value. Runs in the page. */
function trySink() {
  try {
    document.createElement('div').innerHTML = '';
    return false;
  } catch (error) {
    return error instanceof TypeError;
  }
}

/**
 * Runs `check` (an expression) in `page`, which tries an HTML sink and resolves to whether it threw.
 * A refused sink reports a violation and logs an error: each of `records` (the page's violations,
 * its problems) gets an entry, which is waited for and taken off again.
 */
async function sinkThrows(page, records, check) {
  const before = records.map((record) => record.length);
  const threw = await page.evaluate(check);
  const grown = () => records.every((record, index) => record.length > before[index]);
  for (let wait = 0; wait < 50 && !grown(); wait++) await page.waitForTimeout(20);
  records.forEach((record, index) => record.splice(before[index]));
  return threw;
}

/**
 * Whether the page refuses HTML to the plugins' code: a module served from their folder tries a
 * sink. `records` as for sinkThrows().
 */
export async function refusesPluginHtml(page, ...records) {
  const address = '/dist/editors/trusted-types-check.js';
  await page.route(`**${address}`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `export const trySink = ${trySink};` }),
  );
  return sinkThrows(page, records, `import(${JSON.stringify(address)}).then((module) => module.trySink())`);
}

/** Calls `window.refuseTrustedTypes()` in `page`, then resolves to whether an HTML sink now throws. `records` as for sinkThrows(). */
export async function refuseTrustedTypes(page, ...records) {
  await page.evaluate(() => window.refuseTrustedTypes());
  return sinkThrows(page, records, `(${trySink})()`);
}
