package io.bitewing.patientplan;

import io.bitewing.shared.money.MoneyString;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * The plan's individual and family maximums and deductibles and its ortho lifetime maximum. Totals come from the
 * plan's general benefit rows; a total the plan does not state is null (never 0, which would mean "none"). Used and
 * remaining amounts need claims history and stay null until it is tracked.
 */
@Schema(description = "Plan-level benefit totals; used and remaining amounts are null until claims history is tracked.")
public record BenefitsSummary(
        @MoneyString BigDecimal annualMaxTotal,
        @MoneyString BigDecimal annualMaxUsed,
        @MoneyString BigDecimal annualMaxRemaining,
        @MoneyString BigDecimal familyAnnualMaxTotal,
        @MoneyString BigDecimal deductibleTotal,
        @MoneyString BigDecimal deductibleMet,
        @MoneyString BigDecimal deductibleRemaining,
        @MoneyString BigDecimal familyDeductibleTotal,
        @MoneyString BigDecimal orthoMaxTotal,
        @MoneyString BigDecimal orthoMaxUsed,
        @MoneyString BigDecimal orthoMaxRemaining) {

    static final BenefitsSummary UNKNOWN = totals(null, null, null, null, null);

    static BenefitsSummary totals(BigDecimal annualMax, BigDecimal familyAnnualMax, BigDecimal deductible,
            BigDecimal familyDeductible, BigDecimal orthoMax) {
        return new BenefitsSummary(annualMax, null, null, familyAnnualMax, deductible, null, null, familyDeductible,
                orthoMax, null, null);
    }
}
