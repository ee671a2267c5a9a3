package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.BenefitRow.BenefitType;
import io.bitewing.estimate.engine.BenefitRow.QuantityQualifier;
import io.bitewing.estimate.engine.BenefitRow.Scope;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Our rule of estimation-rules.md §11: a patient-level row replaces plan-level rows of the same type, target and level (so a
 * per-member annual max replaces the plan's). Coinsurance and frequency keep their own precedence (§3, §9.1) and pass
 * through unchanged.
 */
final class PreferPatientOverrides {
    private PreferPatientOverrides() {}

    private record Key(BenefitType type, Target target, boolean family, QuantityQualifier qualifier) {}

    static List<BenefitRow> apply(List<BenefitRow> rows) {
        Set<Key> overridden = rows.stream()
                .filter(r -> r.scope() == Scope.PATIENT)
                .filter(PreferPatientOverrides::keyed)
                .map(PreferPatientOverrides::key)
                .collect(Collectors.toSet());
        if (overridden.isEmpty()) return rows;
        return rows.stream()
                .filter(r -> r.scope() == Scope.PATIENT || !keyed(r) || !overridden.contains(key(r)))
                .toList();
    }

    private static boolean keyed(BenefitRow r) {
        return r.type() != BenefitType.COINSURANCE && !CheckFrequency.isFrequency(r);
    }

    private static Key key(BenefitRow r) {
        BenefitType type = switch (r.type()) {
            case FAMILY_DEDUCTIBLE -> BenefitType.DEDUCTIBLE;
            case FAMILY_ANNUAL_MAX -> BenefitType.ANNUAL_MAX;
            default -> r.type();
        };
        return new Key(type, Objects.requireNonNull(r.target()), r.isFamily(), r.quantityQualifier());
    }
}
