/** Plan benefits and patient overrides (coinsurance, deductibles, maximums, limitations, waiting periods), the effective benefits of a coverage, and plan cloning. */
package io.bitewing.benefit;
