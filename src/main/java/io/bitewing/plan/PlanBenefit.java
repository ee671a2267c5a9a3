package io.bitewing.plan;

/**
 * A benefit row of a plan as the benefit module shows it. The plan module only passes such rows through (for
 * {@code include_benefits}); naming the type keeps that contract checked without the plan module depending on
 * benefits.
 */
public interface PlanBenefit {}
