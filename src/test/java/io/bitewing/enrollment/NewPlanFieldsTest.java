package io.bitewing.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.plan.PlanRequests;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inline plan of an enrollment takes what plan create takes, so the two cannot drift apart unnoticed. */
class NewPlanFieldsTest {

    private static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    @Test
    void theInlinePlanTakesEveryPlanCreateFieldPlusCarrierAndBenefits() {
        var planCreate = names(PlanRequests.Create.class);
        var inline = names(EnrollmentRequests.NewPlan.class);
        assertThat(inline).containsAll(planCreate);
        assertThat(inline)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                                planCreate.stream(), java.util.stream.Stream.of("carrier", "benefits"))
                        .toList());
    }
}
