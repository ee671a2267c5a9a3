package io.bitewing.estimate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillAtLeastThePpoFeeTest {

    @ParameterizedTest(name = "{0}: fee {1}, PPO fee {2} × {3}, always UCR {4} -> billed {5}")
    @CsvSource({
        "PPO_PERCENTAGE,      100.00, 120.00, 1, false, 120.00",
        "PPO_FIXED_BENEFIT,   100.00, 120.00, 1, false, 120.00",
        "PPO_PERCENTAGE,      100.00,  80.00, 1, false, 100.00",
        "PPO_PERCENTAGE,      200.00, 120.00, 2, false, 240.00",
        "PPO_PERCENTAGE,      100.00, 120.00, 1, true,  100.00",
        "PPO_PERCENTAGE,      100.00,       , 1, false, 100.00",
        "CATEGORY_PERCENTAGE, 100.00, 120.00, 1, false, 100.00",
        "FLAT_COPAY,          100.00, 120.00, 1, false, 100.00",
        "CAPITATION,          100.00, 120.00, 1, false, 100.00"
    })
    void aPpoPrimaryBillsAtLeastItsPpoFee(
            PlanType type, String fee, String ppo, int units, boolean alwaysUcr, String billed) {
        assertThat(BillAtLeastThePpoFee.billed(
                        new BigDecimal(fee), type, ppo == null ? null : new BigDecimal(ppo), units, alwaysUcr))
                .isEqualByComparingTo(billed);
    }
}
