package io.bitewing.imports;

import io.bitewing.benefit.BenefitRequests;
import io.bitewing.carrier.CarrierRequests;
import io.bitewing.plan.Plan.PlanType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** Bodies of the import routes. */
final class ImportRequests {

    static final int MAX_CARRIERS = 10_000;
    static final int MAX_PLANS = 5_000;
    static final int MAX_BENEFITS = 500;

    private ImportRequests() {}

    record CarrierImport(
            @NotNull
            @Size(min = 1, max = MAX_CARRIERS)
            @Schema(description = "Carriers, each as the carrier create route takes it; at most 10,000.")
            List<CarrierRequests.@NotNull @Valid Create> carriers) {}

    /** Plans read row by row ({@link ImportReader}), so that every field of the plan create body is taken. */
    record PlanImport(
            @NotNull @Size(min = 1, max = MAX_PLANS) List<@NotNull ObjectNode> plans) {}

    /** {@link PlanImport} as documented: each row is a {@link PlanRow}. */
    @Schema(name = "ImportPlanImport")
    record PlanImportDoc(
            @NotNull @Size(min = 1, max = MAX_PLANS) @Schema(description = "Plans with their benefits; at most 5,000.")
            List<PlanRow> plans) {}

    /**
     * One plan of an import, as documented: the plan create body, with its carrier named by uuid, name or electronic
     * id, and the plan's benefits. Rows are read field by field ({@link ImportReader}), so every field of the plan
     * create body is taken, not only those listed here.
     */
    @Schema(
            description = "Any field of the plan create body (plan_type, group_name, group_number, cob_rule, …), the "
                    + "carrier named by exactly one of carrier_uuid, carrier_electronic_id and carrier_name, and "
                    + "benefits as a bulk benefit set takes them (procedure_code allowed). group_number is required: "
                    + "with the carrier it is the plan's natural key.")
    record PlanRow(
            @Schema(description = "UUID of a live carrier of the organisation.")
            UUID carrierUuid,

            @Size(max = 50) @Schema(description = "The carrier's electronic payer id (any case).")
            String carrierElectronicId,

            @Size(max = 200) @Schema(description = "The carrier's name (any case, surrounding blanks ignored).")
            String carrierName,

            @NotNull PlanType planType,
            @Size(max = 200) String groupName,

            @NotNull @Size(max = 50) @Schema(description = "Group number: with the carrier, the plan's natural key.")
            String groupNumber,

            @Size(max = ImportRequests.MAX_BENEFITS)
            @Schema(
                    description = "The plan's benefits, replacing its set when they differ; left out, the plan's "
                            + "benefits are left alone. At most 500.")
            List<BenefitRequests.Create> benefits) {}

    /** How a plan row names its carrier: exactly one of the three. */
    record CarrierKey(
            UUID carrierUuid,
            @Size(max = 50) String carrierElectronicId,
            @Size(max = 200) String carrierName) {

        static final List<String> FIELDS = List.of("carrier_uuid", "carrier_electronic_id", "carrier_name");
    }
}
