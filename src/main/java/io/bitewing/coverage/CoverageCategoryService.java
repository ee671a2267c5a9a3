package io.bitewing.coverage;

import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.db.SingleStatementRead;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coverage categories: the groups of procedure codes that benefits (coinsurance, deductibles, limits) target. */
@Service
@Transactional(readOnly = true)
public class CoverageCategoryService {

    /** The list filters the reference offers. */
    public record Filter(String search, boolean includeHidden) {}

    static final String ENTITY = "coverage_category";

    private final CoverageCategoryRepository categories;
    private final CoverageSpanRepository spans;
    private final AuditLog audit;

    CoverageCategoryService(CoverageCategoryRepository categories, CoverageSpanRepository spans, AuditLog audit) {
        this.categories = categories;
        this.spans = spans;
        this.audit = audit;
    }

    /** A category by id without its spans, archived ones included; 404 when unknown in this organisation. */
    @SingleStatementRead
    public CoverageCategory get(Tenant tenant, UUID id) {
        return categories.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Coverage category"));
    }

    /** Categories among {@code ids} without spans, archived ones included; unknown ids are left out. */
    public List<CoverageCategory> findAll(Tenant tenant, Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : categories.findAll(tenant.orgId(), ids);
    }

    /** Live categories by name, for callers that know the defaults by name (the demo organisation). */
    public java.util.Map<String, UUID> liveIdsByName(Tenant tenant) {
        var ids = new java.util.HashMap<String, UUID>();
        categories
                .findAll(tenant.orgId(), new Filter(null, true), PageRequest.of(1, PageRequest.MAX_PAGE_SIZE))
                .items()
                .forEach(category -> ids.putIfAbsent(category.categoryName(), category.id()));
        return ids;
    }

    /** Live categories without spans, hidden ones included, a page in item order, as the Open Dental dialect lists. */
    public Page<CoverageCategory> listByOrder(Tenant tenant, PageRequest page) {
        return categories.findAll(tenant.orgId(), new Filter(null, true), page);
    }

    CoverageCategory get(Tenant tenant, UUID id, boolean includeSpans) {
        CoverageCategory category = get(tenant, id);
        return includeSpans ? withSpans(tenant, List.of(category)).get(0) : category;
    }

    Page<CoverageCategory> list(Tenant tenant, Filter filter, boolean includeSpans, PageRequest page) {
        Page<CoverageCategory> found = categories.findAll(tenant.orgId(), filter, page);
        if (!includeSpans) {
            return found;
        }
        return new Page<>(withSpans(tenant, found.items()), found.page(), found.pageSize(), found.total());
    }

    /** Creates a category at the end of the list unless an item_order is given; it starts without spans. */
    @Transactional
    public CoverageCategory create(Tenant tenant, CoverageRequests.CreateCategory body) {
        UUID id = Ids.newId();
        int order = body.itemOrder() != null ? body.itemOrder() : categories.nextOrder(tenant.orgId());
        var category = new CoverageCategory(
                id,
                body.categoryName().strip(),
                body.description(),
                Boolean.TRUE.equals(body.isHidden()),
                false,
                order,
                null,
                1,
                null,
                null,
                null,
                null);
        CoverageCategory created = categories.insert(tenant.orgId(), category);
        audit.record(tenant, ENTITY, id, "create", Set.of("category_name", "item_order"));
        return created.withSpans(List.of());
    }

    @Transactional
    CoverageCategory update(Tenant tenant, UUID id, CoverageRequests.UpdateCategory body, Patch patch) {
        CoverageCategory current = get(tenant, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        var next = new CoverageCategory(
                id,
                patch.applyRequired(
                        "category_name",
                        body.categoryName() == null ? null : body.categoryName().strip(),
                        current.categoryName()),
                patch.apply("description", body.description(), current.description()),
                patch.applyRequired("is_hidden", body.isHidden(), current.isHidden()),
                current.isSystem(),
                patch.applyRequired("item_order", body.itemOrder(), current.itemOrder()),
                null,
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                current.deletedAt(),
                null);
        CoverageCategory updated = categories
                .update(tenant.orgId(), next, body.baseVersion())
                .orElseThrow(
                        () -> ApiException.Conflict.staleVersion(get(tenant, id).version()));
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return withSpans(tenant, List.of(updated)).get(0);
    }

    /**
     * Soft-deletes the category: it leaves lists and lookups but stays readable by id, spans included. System
     * categories refuse, because the estimator needs General to know what the general maximum covers.
     */
    @Transactional
    CoverageCategory archive(Tenant tenant, UUID id) {
        CoverageCategory current = get(tenant, id);
        if (current.isSystem()) {
            throw new ApiException.Invalid(List.of(FieldProblem.at(
                    List.of("path", "category_uuid"),
                    "'" + current.categoryName() + "' is a system category and cannot be archived",
                    "value_error")));
        }
        if (current.deletedAt() == null && categories.archive(tenant.orgId(), id)) {
            audit.record(tenant, ENTITY, id, "archive", Set.of("deleted_at"));
        }
        return get(tenant, id, true);
    }

    /**
     * Gives each listed category its new item_order, all or nothing: every category must be live in this
     * organisation. Categories whose order really changes get a new version; all listed ones are answered.
     */
    @Transactional
    List<CoverageCategory> reorder(Tenant tenant, CoverageRequests.Reorder body) {
        var orders = new LinkedHashMap<UUID, Integer>();
        var items = body.items();
        for (int i = 0; i < items.size(); i++) {
            if (orders.putIfAbsent(items.get(i).categoryUuid(), items.get(i).itemOrder()) != null) {
                throw new ApiException.Invalid(List.of(FieldProblem.at(
                        List.of("body", "items", i, "category_uuid"),
                        "appears more than once in items",
                        "value_error")));
            }
        }
        if (categories.findLiveForUpdate(tenant.orgId(), orders.keySet()).size() != orders.size()) {
            throw new ApiException.NotFound("Coverage category");
        }
        List<UUID> changed = categories.reorder(tenant.orgId(), orders);
        audit.recordAll(tenant, ENTITY, changed, "reorder", Set.of("item_order"));
        return categories.findAll(tenant.orgId(), orders.keySet());
    }

    /** Attaches spans to the categories with one query, whatever their number. */
    private List<CoverageCategory> withSpans(Tenant tenant, List<CoverageCategory> page) {
        if (page.isEmpty()) {
            return page;
        }
        var ids = new HashSet<UUID>();
        page.forEach(c -> ids.add(c.id()));
        var byCategory =
                spans.findAll(tenant.orgId(), ids).stream().collect(Collectors.groupingBy(CoverageSpan::categoryUuid));
        return page.stream()
                .map(c -> c.withSpans(byCategory.getOrDefault(c.id(), List.of())))
                .toList();
    }
}
