package io.bitewing.estimate.engine;

/**
 * Which of the organisation's categories play the parts some rules name (estimation-rules.md §2 "eBenefitCategory"):
 * the Diagnostic and Routine-preventive categories, whose deductibles share a bucket in a treatment plan (§13 E9), and
 * the General category, a deductible aimed at which is the general deductible (§8.3). Null when unknown; the rule then
 * does not apply.
 */
public record CategoryRoles(String diagnostic, String preventive, String general) {
    public static final CategoryRoles NONE = new CategoryRoles(null, null, null);

    public CategoryRoles(String diagnostic, String preventive) {
        this(diagnostic, preventive, null);
    }
}
