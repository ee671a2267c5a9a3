package io.bitewing.feeassignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.feeassignment.FeeAssignment.Level;
import io.bitewing.feeschedule.FeeSchedule;
import io.bitewing.plan.Plan.PlanType;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fee policy of each plan type, as tables. A code's fee in the schedule of each slot: UCR 200, primary (PPO or
 * the plan's own) 150, out of network 180, allowed 170, copay 20; the estimate book 160. A blank cell is a slot with
 * no schedule (or no fee for the code).
 */
class FeeSlotsTest {

    private static Function<Kind, BigDecimal> slots(String ucr, String primary, String outOfNetwork, String allowed) {
        var fees = new EnumMap<Kind, BigDecimal>(Kind.class);
        put(fees, Kind.ucr, ucr);
        put(fees, Kind.primary, primary);
        put(fees, Kind.out_of_network, outOfNetwork);
        put(fees, Kind.allowed, allowed);
        fees.put(Kind.copay, new BigDecimal("20"));
        return fees::get;
    }

    private static void put(Map<Kind, BigDecimal> fees, Kind kind, String amount) {
        if (amount != null) {
            fees.put(kind, new BigDecimal(amount));
        }
    }

    private static BigDecimal amount(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    @ParameterizedTest(name = "{0} with UCR {1}, primary slot {2}: bills {3}")
    @CsvSource({
        "ppo_percentage,      200, 150, 200",
        "ppo_fixed_benefit,   200, 150, 200",
        "ppo_percentage,         , 150,    ",
        "medicaid_flat_copay, 200, 150, 150",
        "medicaid_flat_copay, 200,    , 200",
        "category_percentage, 200, 150, 150",
        "category_percentage, 200,    , 200",
        "capitation,          200, 150, 150",
        "capitation,          200,    , 200"
    })
    void aPrimaryBillsItsOwnScheduleOnlyWhenItIsNotAPpo(PlanType type, String ucr, String primary, String billed) {
        assertThat(FeeSlots.billed(type, slots(ucr, primary, null, null))).isEqualTo(amount(billed));
    }

    @ParameterizedTest(name = "without coverage the UCR fee {0} is billed")
    @CsvSource({"200, 200", ","})
    void withoutCoverageTheUcrFeeIsBilled(String ucr, String billed) {
        assertThat(FeeSlots.billed(null, slots(ucr, "150", null, null))).isEqualTo(amount(billed));
    }

    @ParameterizedTest(name = "{0}: book {1}, primary {2}, out of network {3}, allowed {4} -> allowed {5}")
    @CsvSource({
        "category_percentage, 160, 150, 180, 170, 160",
        "category_percentage,    , 150, 180, 170, 180",
        "category_percentage,    , 150,    , 170, 170",
        "category_percentage,    , 150,    ,    ,    ",
        "ppo_percentage,      160, 150, 180, 170, 150",
        "ppo_fixed_benefit,   160, 150, 180, 170, 150",
        "ppo_percentage,      160,    , 180, 170,    ",
        "medicaid_flat_copay, 160, 150, 180, 170, 150",
        "capitation,          160, 150, 180, 170, 150"
    })
    void theAllowedFeeComesFromTheBookThenOutOfNetworkThenAllowedForCategoryPlansAndThePpoScheduleOtherwise(
            PlanType type, String book, String primary, String outOfNetwork, String allowed, String expected) {
        assertThat(FeeSlots.allowed(type, amount(book), slots("200", primary, outOfNetwork, allowed)))
                .isEqualTo(amount(expected));
    }

    @ParameterizedTest(name = "{0}, {1} at the {2} level: used {3}")
    @CsvSource({
        "category_percentage, primary, location, false",
        "category_percentage, primary, carrier,  true",
        "category_percentage, primary, plan,     true",
        "category_percentage, ucr,     location, true",
        "category_percentage, allowed, location, true",
        "ppo_percentage,      primary, location, true",
        "ppo_fixed_benefit,   primary, location, true",
        "medicaid_flat_copay, primary, location, true",
        "capitation,          primary, location, true"
    })
    void aLocationsDefaultPpoScheduleIsNotACategoryPlansSchedule(PlanType type, Kind kind, Level level, boolean used) {
        assertThat(FeeSlots.planUses(type, kind, level)).isEqualTo(used);
    }

    @ParameterizedTest(name = "a {0} {1} schedule of a patient plan replaces its {2} slot")
    @CsvSource({
        "normal,           office,    ucr",
        "normal,           insurance, primary",
        "copay,            insurance, copay",
        "fixed_benefit,    insurance, copay",
        "out_of_network,   insurance, out_of_network",
        "allowed,          allowed,   allowed",
        "manual_blue_book, allowed,   allowed"
    })
    void aPatientPlansOwnScheduleReplacesTheSlotOfWhatItHolds(
            FeeSchedule.Type type, FeeSchedule.Purpose purpose, Kind replaced) {
        var schedule =
                new FeeSchedule(null, "Own", type, purpose, FeeSchedule.Status.active, null, 0, 0, 1, null, null, null);
        assertThat(FeeSlots.replacedBy(schedule)).isEqualTo(replaced);
    }

    @ParameterizedTest(name = "{0} reads an estimate book: {1}")
    @CsvSource({
        "category_percentage, true",
        "ppo_percentage, false",
        "ppo_fixed_benefit, false",
        "medicaid_flat_copay, false",
        "capitation, false"
    })
    void onlyCategoryPlansReadEstimateBooks(PlanType type, boolean reads) {
        assertThat(FeeSlots.readsEstimateBook(type)).isEqualTo(reads);
    }
}
