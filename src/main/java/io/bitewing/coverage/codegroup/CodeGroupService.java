package io.bitewing.coverage.codegroup;

import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Code groups: named sets of procedure codes that frequency and age limitations target. */
@Service
@Transactional(readOnly = true)
public class CodeGroupService {

    /** The list filters code groups offer. */
    public record Filter(String search) {}

    static final String ENTITY = "code_group";

    private final CodeGroupRepository groups;
    private final ProcedureCodeService procedureCodes;
    private final AuditLog audit;

    CodeGroupService(CodeGroupRepository groups, ProcedureCodeService procedureCodes, AuditLog audit) {
        this.groups = groups;
        this.procedureCodes = procedureCodes;
        this.audit = audit;
    }

    /** A code group by id with its codes, archived ones included; 404 when unknown in this organisation. */
    public CodeGroup get(Tenant tenant, UUID id) {
        CodeGroup group = groups.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Code group"));
        return withCodes(tenant, List.of(group)).get(0);
    }

    /** Code groups among {@code ids} with their codes, archived ones included; unknown ids are left out. */
    public List<CodeGroup> findAll(Tenant tenant, Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : withCodes(tenant, groups.findAll(tenant.orgId(), ids));
    }

    /** Live code groups by name, for callers that know the defaults by name (the demo organisation). */
    public java.util.Map<String, UUID> liveIdsByName(Tenant tenant) {
        var ids = new java.util.HashMap<String, UUID>();
        groups.findAll(tenant.orgId(), new Filter(null), PageRequest.of(1, PageRequest.MAX_PAGE_SIZE))
                .items()
                .forEach(group -> ids.putIfAbsent(group.name(), group.id()));
        return ids;
    }

    Page<CodeGroup> list(Tenant tenant, Filter filter, PageRequest page) {
        Page<CodeGroup> found = groups.findAll(tenant.orgId(), filter, page);
        return new Page<>(withCodes(tenant, found.items()), found.page(), found.pageSize(), found.total());
    }

    /** Creates a group at the end of the list unless an item_order is given; 409 when a live group has the name. */
    @Transactional
    public CodeGroup create(Tenant tenant, CodeGroupRequests.Create body) {
        UUID id = Ids.newId();
        String name = body.name().strip();
        requireFreeName(tenant, name, id);
        List<String> codes = checkedCodes(tenant, body.codes() == null ? List.of() : body.codes());
        int order = body.itemOrder() != null ? body.itemOrder() : groups.nextOrder(tenant.orgId());
        var group = new CodeGroup(
                id,
                name,
                codes,
                order,
                !Boolean.FALSE.equals(body.showInFrequencies()),
                Boolean.TRUE.equals(body.showInAgeLimits()),
                1,
                null,
                null,
                null,
                null);
        groups.insert(tenant.orgId(), group);
        groups.replaceCodes(tenant.orgId(), id, codes);
        audit.record(tenant, ENTITY, id, "create", Set.of("name", "codes", "item_order"));
        return get(tenant, id);
    }

    /** Changes the fields sent; {@code codes} replaces the whole list. 409 on a stale base_version or a taken name. */
    @Transactional
    CodeGroup update(Tenant tenant, UUID id, CodeGroupRequests.Update body, Patch patch) {
        CodeGroup current = get(tenant, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        List<String> requestedCodes = body.codes() == null ? null : checkedCodes(tenant, body.codes());
        var next = new CodeGroup(
                id,
                patch.applyRequired(
                        "name", body.name() == null ? null : body.name().strip(), current.name()),
                patch.applyRequired("codes", requestedCodes, current.codes()),
                patch.applyRequired("item_order", body.itemOrder(), current.itemOrder()),
                patch.applyRequired("show_in_frequencies", body.showInFrequencies(), current.showInFrequencies()),
                patch.applyRequired("show_in_age_limits", body.showInAgeLimits(), current.showInAgeLimits()),
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                current.deletedAt(),
                null);
        if (patch.changed().contains("name") && current.deletedAt() == null) {
            requireFreeName(tenant, next.name(), id);
        }
        groups.update(tenant.orgId(), next, body.baseVersion())
                .orElseThrow(
                        () -> ApiException.Conflict.staleVersion(get(tenant, id).version()));
        if (patch.changed().contains("codes")) {
            groups.replaceCodes(tenant.orgId(), id, next.codes());
        }
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return get(tenant, id);
    }

    /** Soft-deletes the group: it leaves lists but stays readable by id; archiving again changes nothing. */
    @Transactional
    CodeGroup archive(Tenant tenant, UUID id) {
        CodeGroup current = get(tenant, id);
        if (current.deletedAt() == null && groups.archive(tenant.orgId(), id)) {
            audit.record(tenant, ENTITY, id, "archive", Set.of("deleted_at"));
        }
        return get(tenant, id);
    }

    /**
     * Upper-cases the codes and checks each is a live procedure code of the organisation and listed once, naming
     * every offending entry by its index. Answers them in code order, as they are read back.
     */
    private List<String> checkedCodes(Tenant tenant, List<String> requested) {
        var normalised =
                requested.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
        var known = procedureCodes.findByCodes(tenant, normalised);
        var firstIndex = new HashMap<String, Integer>();
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < normalised.size(); i++) {
            String code = normalised.get(i);
            Integer first = firstIndex.putIfAbsent(code, i);
            if (first != null) {
                problems.add(codeProblem(i, "'" + code + "' is already listed at codes[" + first + "]"));
            } else if (!known.containsKey(code)) {
                problems.add(codeProblem(i, "'" + code + "' is not a live procedure code of this organisation"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems);
        }
        return normalised.stream().sorted().toList();
    }

    private static FieldProblem codeProblem(int index, String msg) {
        return FieldProblem.at(List.of("body", "codes", index), msg, "value_error");
    }

    private void requireFreeName(Tenant tenant, String name, UUID id) {
        if (groups.liveNameTaken(tenant.orgId(), name, id)) {
            throw new ApiException.Conflict("A code group named '" + name + "' already exists");
        }
    }

    /** Attaches codes to the groups with one query, whatever their number. */
    private List<CodeGroup> withCodes(Tenant tenant, List<CodeGroup> page) {
        if (page.isEmpty()) {
            return page;
        }
        var codes =
                groups.codesOf(tenant.orgId(), page.stream().map(CodeGroup::id).toList());
        return page.stream()
                .map(g -> g.withCodes(codes.getOrDefault(g.id(), List.of())))
                .toList();
    }
}
