/**
 * The pure estimation engine (estimation-rules.md §3–§13): one explicit {@link io.bitewing.estimate.engine.EstimateInput}
 * in, one self-explaining {@link io.bitewing.estimate.engine.EstimateResult} out. No Spring, no SQL, no clock.
 */
package io.bitewing.estimate.engine;
