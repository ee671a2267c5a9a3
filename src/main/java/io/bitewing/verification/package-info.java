/** Eligibility and benefit verifications of coverages and plans, and when the next one is due. */
package io.bitewing.verification;
