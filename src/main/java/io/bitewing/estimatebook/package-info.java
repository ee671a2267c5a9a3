/** Estimate books: allowed fees learned from claim payments, their evidence, rule steps and background recomputes. */
package io.bitewing.estimatebook;
