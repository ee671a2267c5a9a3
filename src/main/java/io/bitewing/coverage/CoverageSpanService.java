package io.bitewing.coverage;

import io.bitewing.coverage.CoverageSpanRepository.OverlappingSpan;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The procedure code spans of coverage categories. */
@Service
@Transactional(readOnly = true)
class CoverageSpanService {

    /** A span just written, and the other spans sharing codes with it: a warning to show, not an error. */
    record SavedSpan(CoverageSpan span, List<OverlappingSpan> overlappingSpans) {}

    static final String ENTITY = "coverage_span";

    private final CoverageCategoryService categories;
    private final CoverageSpanRepository spans;
    private final AuditLog audit;

    CoverageSpanService(CoverageCategoryService categories, CoverageSpanRepository spans, AuditLog audit) {
        this.categories = categories;
        this.spans = spans;
        this.audit = audit;
    }

    Page<CoverageSpan> list(Tenant tenant, UUID categoryId, PageRequest page) {
        categories.get(tenant, categoryId);
        return spans.findAll(tenant.orgId(), categoryId, page);
    }

    @Transactional
    SavedSpan create(Tenant tenant, UUID categoryId, CoverageRequests.CreateSpan body) {
        categories.get(tenant, categoryId);
        String from = CategoryMembership.normalise(body.fromCode());
        String to = CategoryMembership.normalise(body.toCode());
        requireOrdered(from, to);
        int order = body.itemOrder() != null ? body.itemOrder() : spans.nextOrder(tenant.orgId(), categoryId);
        UUID id = Ids.newId();
        var span = new CoverageSpan(
                id, categoryId, from, to, Boolean.TRUE.equals(body.isExclusion()), order, 1, null, null);
        CoverageSpan created = spans.insert(tenant.orgId(), span);
        audit.record(tenant, ENTITY, id, "create", Set.of("from_code", "to_code", "is_exclusion"));
        return saved(tenant, created);
    }

    @Transactional
    SavedSpan update(Tenant tenant, UUID categoryId, UUID id, CoverageRequests.UpdateSpan body, Patch patch) {
        CoverageSpan current = get(tenant, categoryId, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        var next = new CoverageSpan(
                id,
                categoryId,
                patch.applyRequired("from_code", CategoryMembership.normalise(body.fromCode()), current.fromCode()),
                patch.applyRequired("to_code", CategoryMembership.normalise(body.toCode()), current.toCode()),
                patch.applyRequired("is_exclusion", body.isExclusion(), current.isExclusion()),
                patch.applyRequired("item_order", body.itemOrder(), current.itemOrder()),
                current.version(),
                current.createdAt(),
                current.updatedAt());
        requireOrdered(next.fromCode(), next.toCode());
        CoverageSpan updated = spans.update(tenant.orgId(), next, body.baseVersion())
                .orElseThrow(() -> ApiException.Conflict.staleVersion(
                        get(tenant, categoryId, id).version()));
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return saved(tenant, updated);
    }

    /** Removes the span for good; 404 unless it belongs to that category of this organisation. */
    @Transactional
    void delete(Tenant tenant, UUID categoryId, UUID id) {
        categories.get(tenant, categoryId);
        if (!spans.delete(tenant.orgId(), categoryId, id)) {
            throw new ApiException.NotFound("Coverage span");
        }
        audit.record(tenant, ENTITY, id, "delete", Set.of());
    }

    private CoverageSpan get(Tenant tenant, UUID categoryId, UUID id) {
        categories.get(tenant, categoryId);
        return spans.find(tenant.orgId(), categoryId, id).orElseThrow(() -> new ApiException.NotFound("Coverage span"));
    }

    private SavedSpan saved(Tenant tenant, CoverageSpan span) {
        return new SavedSpan(span, spans.findOverlapping(tenant.orgId(), span.fromCode(), span.toCode(), span.id()));
    }

    /** Spans are compared as strings, so a reversed range would silently match nothing. */
    private static void requireOrdered(String from, String to) {
        if (from.compareTo(to) > 0) {
            throw ApiException.Invalid.body("to_code", "must not come before from_code (" + from + ")");
        }
    }
}
