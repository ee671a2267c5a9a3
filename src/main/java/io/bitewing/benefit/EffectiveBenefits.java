package io.bitewing.benefit;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.benefit.Benefit.QuantityQualifier;
import io.bitewing.benefit.Benefit.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benefits that apply to one patient on one plan: the plan's benefits merged with the patient's overrides, by
 * estimation-rules.md §11 "Our rule".
 * <ul>
 *   <li>A patient override replaces the plan benefits of the same type and the same target (general, category,
 *       code group or code). Limitations are compared by kind as well, so an age limit never replaces a frequency
 *       limit on the same group: frequency (qualifier number_of_services, years or months), age limit, or maximum.</li>
 *   <li>Coinsurance, kept for parity with Open Dental: a patient coinsurance row wins regardless of specificity, so it
 *       also removes every plan coinsurance row whose target it covers (a general override covers all of them, a
 *       category or group override the codes in it). Plan rows it covers only in part stay, and the estimator, which
 *       sees each row's scope, lets a matching patient row win code by code (§3).</li>
 * </ul>
 * Plan rows come first in their own order, then the overrides.
 */
final class EffectiveBenefits {

    /** Whether a benefit aimed at {@code outer} applies to every code a benefit aimed at {@code inner} does. */
    @FunctionalInterface
    interface Containment {
        boolean covers(Target outer, Target inner);
    }

    /** Knows only what needs no lookup: the general target covers everything, and a target covers itself. */
    static final Containment SAME_OR_GENERAL = (outer, inner) -> outer instanceof Target.General || outer.equals(inner);

    private EffectiveBenefits() {}

    /** The merged view; {@code containment} adds what code-group and category membership say. */
    static List<Benefit> merge(List<Benefit> planRows, List<Benefit> patientRows, Containment containment) {
        Set<Key> overridden = patientRows.stream().map(EffectiveBenefits::key).collect(Collectors.toSet());
        List<Target> patientCoinsurance = patientRows.stream()
                .filter(b -> b.benefitType() == BenefitType.coinsurance)
                .map(Benefit::target)
                .toList();
        var merged = new ArrayList<Benefit>();
        for (Benefit row : planRows) {
            boolean replaced = overridden.contains(key(row));
            boolean outranked = row.benefitType() == BenefitType.coinsurance
                    && patientCoinsurance.stream()
                            .anyMatch(t ->
                                    SAME_OR_GENERAL.covers(t, row.target()) || containment.covers(t, row.target()));
            if (!replaced && !outranked) {
                merged.add(row);
            }
        }
        merged.addAll(patientRows);
        return merged;
    }

    enum LimitationKind {
        frequency,
        age_limit,
        maximum
    }

    record Key(BenefitType type, Target target, LimitationKind kind) {}

    static Key key(Benefit b) {
        LimitationKind kind = null;
        if (b.benefitType() == BenefitType.limitation) {
            QuantityQualifier q = b.quantityQualifier();
            kind = q == QuantityQualifier.age_limit
                    ? LimitationKind.age_limit
                    : q == QuantityQualifier.number_of_services
                                    || q == QuantityQualifier.years
                                    || q == QuantityQualifier.months
                            ? LimitationKind.frequency
                            : LimitationKind.maximum;
        }
        return new Key(b.benefitType(), b.target(), kind);
    }
}
