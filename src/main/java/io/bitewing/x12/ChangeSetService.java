package io.bitewing.x12;

import io.bitewing.benefit.Benefit;
import io.bitewing.benefit.BenefitRequests;
import io.bitewing.benefit.BenefitService;
import io.bitewing.benefit.BenefitSetService;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Reading a benefit change set and applying the items a person chose: the only way a 271 changes a plan. */
@Service
@Transactional(readOnly = true)
public class ChangeSetService {

    static final String ENTITY = "x12_change_set";

    /** What a 271 import answers: the coverage it reported, the history it added and the change set to review. */
    record Imported(
            @Schema(description = "Coverage the 271 reported. One of: active, inactive, rejected, unknown.")
            String coverage,

            @Schema(description = "Outside-office history rows added from the payer's last-visit dates (DTP*304).")
            int outsideOfficeRowsAdded,

            ChangeSet changeSet) {}

    record Apply(
            @NotNull
            @NotEmpty
            @Size(max = 1000)
            @Schema(description = "Ids of the add and change items to apply; the others stay as they are.")
            List<@NotNull UUID> itemUuids) {}

    private final ChangeSetRepository changeSets;
    private final BenefitService benefits;
    private final BenefitSetService benefitSets;
    private final AuditLog audit;
    private final JsonMapper json;

    ChangeSetService(
            ChangeSetRepository changeSets,
            BenefitService benefits,
            BenefitSetService benefitSets,
            AuditLog audit,
            JsonMapper json) {
        this.changeSets = changeSets;
        this.benefits = benefits;
        this.benefitSets = benefitSets;
        this.audit = audit;
        this.json = json;
    }

    /** The change set with its items in reading order; 404 when unknown in this organisation. */
    ChangeSet get(Tenant tenant, UUID id) {
        return assemble(changeSets, tenant, id);
    }

    /**
     * Applies the chosen add and change items in one transaction: adds as one batch, changes rewriting the plan's
     * rule. 409 when the set was applied already or the plan's benefits changed since it was read (current_version is
     * the plan's benefit_set_version), 422 naming an item that is not an add or change of this set.
     */
    @Transactional
    ChangeSet apply(Tenant tenant, UUID id, Apply body) {
        var header =
                changeSets.find(tenant.orgId(), id, true).orElseThrow(() -> new ApiException.NotFound("Change set"));
        if (header.status().equals("applied")) {
            throw new ApiException.Conflict("The change set was applied already");
        }
        int version = benefits.setVersion(tenant, header.insurancePlanId());
        if (version != header.baseVersion()) {
            throw new ApiException.Conflict(
                    "The plan's benefits changed since the 271 was read; import it again", version);
        }
        Map<UUID, ChangeSet.ChangeItem> items = changeSets.items(tenant.orgId(), id).stream()
                .collect(Collectors.toMap(ChangeSet.ChangeItem::id, Function.identity()));
        var problems = new ArrayList<FieldProblem>();
        var chosen = new ArrayList<ChangeSet.ChangeItem>();
        var distinct = new HashSet<UUID>();
        for (int i = 0; i < body.itemUuids().size(); i++) {
            var item = items.get(body.itemUuids().get(i));
            if (item == null || !(item.kind().equals("add") || item.kind().equals("change"))) {
                problems.add(FieldProblem.at(
                        List.of("body", "item_uuids", i),
                        item == null
                                ? "is not an item of this change set"
                                : "is a " + item.kind() + " item; only add and change items apply",
                        "value_error"));
            } else if (distinct.add(item.id())) {
                chosen.add(item);
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems);
        }
        Map<UUID, Benefit> live = benefits.listAll(tenant, header.insurancePlanId()).stream()
                .collect(Collectors.toMap(Benefit::id, Function.identity()));
        var adds = new ArrayList<BenefitRequests.Create>();
        for (var item : chosen) {
            var create = json.convertValue(item.proposed(), BenefitRequests.Create.class);
            if (item.kind().equals("add")) {
                adds.add(create);
            } else {
                Benefit current = live.get(item.currentBenefitUuid());
                benefits.rewrite(tenant, current.odNum(), create);
            }
        }
        if (!adds.isEmpty()) {
            benefitSets.createAll(tenant, header.insurancePlanId(), adds);
        }
        changeSets.markApplied(
                tenant.orgId(),
                id,
                chosen.stream().map(ChangeSet.ChangeItem::id).toList());
        audit.record(tenant, ENTITY, id, "apply", Set.of("status", "items"));
        return assemble(changeSets, tenant, id);
    }

    static ChangeSet assemble(ChangeSetRepository changeSets, Tenant tenant, UUID id) {
        var h = changeSets.find(tenant.orgId(), id, false).orElseThrow(() -> new ApiException.NotFound("Change set"));
        var items = changeSets.items(tenant.orgId(), id);
        var counts = new TreeMap<String, Integer>();
        for (String kind : List.of("add", "change", "unchanged", "not_understood", "fact", "skipped")) {
            counts.put(kind, 0);
        }
        items.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
        return new ChangeSet(
                h.id(),
                h.interchangeId(),
                h.patientPlanId(),
                h.insurancePlanId(),
                h.verificationId(),
                h.baseVersion(),
                h.status(),
                h.otherPayers(),
                h.appliedAt(),
                h.createdAt(),
                new LinkedHashMap<>(counts),
                items);
    }
}
