package io.bitewing.coverage.codegroup;

import io.bitewing.admin.OrganisationCreated;
import io.bitewing.practice.procedurecode.ProcedureCodesAdded;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The code groups every new organisation starts with (default-coverage-categories.md, bottom), for frequency and age
 * limitations. A group may only hold codes the organisation has, and a new organisation has none: the groups are
 * seeded empty, and each default code joins its group when the organisation creates or imports it. A group the
 * office archived or renamed is left alone.
 */
@Component
class CodeGroupDefaults {

    /** A default group: its name, its codes, and whether it is offered for age limitations. */
    record DefaultGroup(String name, List<String> codes, boolean showInAgeLimits) {}

    /** In list order: the position is the item_order. Fluoride and sealants are the benefits plans limit by age. */
    static final List<DefaultGroup> DEFAULTS = List.of(
            new DefaultGroup("Exam", List.of("D0120", "D0150"), false),
            new DefaultGroup("BW", List.of("D0272", "D0274"), false),
            new DefaultGroup("PanoFMX", List.of("D0210", "D0330"), false),
            new DefaultGroup("Prophy", List.of("D1110", "D1120"), false),
            new DefaultGroup("Fluoride", List.of("D1206", "D1208"), true),
            new DefaultGroup("Sealant", List.of("D1351"), true),
            new DefaultGroup("SRP", List.of("D4341", "D4342"), false),
            new DefaultGroup("Perio maintenance", List.of("D4910"), false),
            new DefaultGroup("Crowns", List.of("D2740", "D2750", "D2790"), false),
            new DefaultGroup("Dentures", List.of("D5110", "D5120"), false));

    private final CodeGroupRepository groups;
    private final AuditLog audit;

    CodeGroupDefaults(CodeGroupRepository groups, AuditLog audit) {
        this.groups = groups;
        this.audit = audit;
    }

    /** One statement, in the transaction that creates the organisation. */
    @EventListener
    @Transactional
    void seed(OrganisationCreated event) {
        var seeded = new ArrayList<CodeGroup>();
        for (int order = 0; order < DEFAULTS.size(); order++) {
            DefaultGroup d = DEFAULTS.get(order);
            seeded.add(new CodeGroup(
                    Ids.newId(), d.name(), List.of(), order, true, d.showInAgeLimits(), 1, null, null, null, null));
        }
        groups.insertAll(event.tenant().orgId(), seeded);
        // Audited like any create, so the change feed starts with them.
        audit.recordAll(
                event.tenant(),
                CodeGroupService.ENTITY,
                seeded.stream().map(CodeGroup::id).toList(),
                "create",
                Set.of("name"));
    }

    /** Adds the new codes that belong to a default group to the live group of that name, in one statement. */
    @EventListener
    @Transactional
    void complete(ProcedureCodesAdded event) {
        var added = new HashSet<>(event.codes());
        var names = new ArrayList<String>();
        var codes = new ArrayList<String>();
        for (DefaultGroup d : DEFAULTS) {
            d.codes().stream().filter(added::contains).forEach(code -> {
                names.add(d.name());
                codes.add(code);
            });
        }
        if (!codes.isEmpty()) {
            var grown = groups.addToNamedGroups(event.tenant().orgId(), names, codes);
            audit.recordAll(event.tenant(), CodeGroupService.ENTITY, grown, "update", Set.of("codes"));
        }
    }
}
