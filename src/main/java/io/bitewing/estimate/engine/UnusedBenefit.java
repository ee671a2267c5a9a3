package io.bitewing.estimate.engine;

/**
 * A stored benefit the engine does not apply, with the reason its owner gives (estimation-rules.md §3 "Stored but not
 * applied"): every line its target covers carries the reason in its notes, so a quote never ignores it silently.
 */
public record UnusedBenefit(Target target, String reason) {}
