package io.bitewing.coverage;

import io.bitewing.admin.OrganisationCreated;
import io.bitewing.coverage.CategoryMembership.Range;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The categories every new organisation starts with, the ones offices know from Open Dental
 * (default-coverage-categories.md). Seeded in the transaction that creates the organisation, so an organisation
 * never exists without its General category.
 */
@Component
class CoverageDefaults {

    record DefaultCategory(String name, boolean isSystem, List<Range> spans) {}

    /**
     * In list order: the position is the item_order, and a later category wins over an earlier one for the codes
     * they share (Crowns over Restorative for D2750, X-Ray over Diagnostic for D0274).
     *
     * <p>Adjunctive covers D9000–D9999 only. The defaults table also lists D0000–D7999 for it, but as the last
     * category Adjunctive would then win every code outside ortho and contradict the table's own examples; Open
     * Dental seeds it with D9000–D9999, and so do we.
     */
    static final List<DefaultCategory> DEFAULTS = List.of(
            system("General", "D0000-D7999", "D9000-D9999"),
            category("Diagnostic", "D0000-D0999"),
            category("X-Ray", "D0200-D0399"),
            category("Preventive", "D1000-D1999"),
            category("Restorative", "D2000-D2999"),
            category("Endo", "D3000-D3999"),
            category("Perio", "D4000-D4999"),
            category("Oral Surgery", "D7000-D7999"),
            category("Crowns", "D2700-D2799"),
            category("Prosth", "D5000-D5899", "D6200-D6899"),
            category("Maxillofacial Prosth", "D5900-D5999"),
            category("Implants", "D6000-D6199"),
            category("Accident"),
            category("Ortho", "D8000-D8999"),
            category("Adjunctive", "D9000-D9999"));

    private final CoverageCategoryRepository categories;
    private final CoverageSpanRepository spans;
    private final AuditLog audit;

    CoverageDefaults(CoverageCategoryRepository categories, CoverageSpanRepository spans, AuditLog audit) {
        this.categories = categories;
        this.spans = spans;
        this.audit = audit;
    }

    /** Two statements whatever the number of defaults: one for the categories, one for their spans. */
    @EventListener
    @Transactional
    void seed(OrganisationCreated event) {
        UUID org = event.tenant().orgId();
        var newCategories = new ArrayList<CoverageCategory>();
        var newSpans = new ArrayList<CoverageSpan>();
        for (int order = 0; order < DEFAULTS.size(); order++) {
            DefaultCategory d = DEFAULTS.get(order);
            UUID id = Ids.newId();
            newCategories.add(new CoverageCategory(
                    id, d.name(), null, false, d.isSystem(), order, null, 1, null, null, null, null));
            for (int i = 0; i < d.spans().size(); i++) {
                Range r = d.spans().get(i);
                newSpans.add(
                        new CoverageSpan(Ids.newId(), id, r.fromCode(), r.toCode(), r.isExclusion(), i, 1, null, null));
            }
        }
        categories.insertAll(org, newCategories);
        spans.insertAll(org, newSpans);
        // Audited like any create, so the change feed starts with the organisation's categories and spans.
        audit.recordAll(
                event.tenant(),
                CoverageCategoryService.ENTITY,
                newCategories.stream().map(CoverageCategory::id).toList(),
                "create",
                Set.of("name"));
        audit.recordAll(
                event.tenant(),
                CoverageSpanService.ENTITY,
                newSpans.stream().map(CoverageSpan::id).toList(),
                "create",
                Set.of("from_code", "to_code"));
    }

    private static DefaultCategory system(String name, String... ranges) {
        return new DefaultCategory(name, true, ranges(ranges));
    }

    private static DefaultCategory category(String name, String... ranges) {
        return new DefaultCategory(name, false, ranges(ranges));
    }

    private static List<Range> ranges(String... ranges) {
        return Arrays.stream(ranges)
                .map(r -> r.split("-"))
                .map(r -> new Range(r[0], r[1], false))
                .toList();
    }
}
