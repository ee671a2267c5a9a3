package io.bitewing.changes;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the feed: positions what has committed since the last read, then answers a page after the cursor. */
@Service
public class ChangeFeed {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    /** The entity types the service records changes of; {@code types} takes these. */
    static final Set<String> TYPES = new TreeSet<>(Set.of(
            "api_token",
            "benefit",
            "carrier",
            "claim_history",
            "code_group",
            "coverage_category",
            "coverage_span",
            "eligibility_record",
            "estimate_book",
            "estimate_book_allowed_fee",
            "estimate_book_evidence",
            "estimate_book_rule_step",
            "estimate_book_run",
            "fee_schedule",
            "fee_schedule_assignment",
            "insurance_draft",
            "insurance_plan",
            "insurance_settings",
            "location",
            "org",
            "patient",
            "patient_plan",
            "plan_substitution",
            "procedure_code",
            "procedure_code_import",
            "provider",
            "subscription",
            "verification",
            "webhook_endpoint",
            "x12_batch",
            "x12_change_set"));

    /** The entity types the feed carries, for its readers' own checks. */
    public static Set<String> types() {
        return TYPES;
    }

    /** A change with its feed position, for the service's own readers of the feed (webhook deliveries). */
    public record Entry(long position, Change change) {}

    private final ChangeRepository changes;

    ChangeFeed(ChangeRepository changes) {
        this.changes = changes;
    }

    @Transactional
    ChangePage read(Tenant tenant, String after, List<String> types, Integer limit) {
        long from = ChangeCursor.parse(after, "after");
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.Invalid.query("limit", "must be between 1 and " + MAX_LIMIT);
        }
        List<String> wanted = types(types);
        // A full positioning pass may have left committed changes for the next read: has_more says so.
        boolean unpositioned = changes.position(tenant.orgId()) == ChangeRepository.POSITION_BATCH;
        var found = changes.after(tenant.orgId(), from, wanted, size + 1);
        boolean more = found.size() > size || unpositioned;
        var page = new ArrayList<Change>();
        found.stream().limit(size).forEach(p -> page.add(p.change()));
        String next = page.isEmpty()
                ? (after == null || after.isBlank() ? null : after.strip())
                : page.get(page.size() - 1).cursor();
        return new ChangePage(page, next, more);
    }

    /** Positions what has committed, then answers up to {@code limit} changes after {@code position}, every type. */
    @Transactional
    public List<Entry> after(UUID org, long position, int limit) {
        changes.position(org);
        return changes.after(org, position, null, limit);
    }

    /** The position of the organisation's latest committed change (0 before the first): where a new reader starts. */
    @Transactional
    public long head(UUID org) {
        changes.position(org);
        return changes.head(org);
    }

    private static List<String> types(List<String> types) {
        if (types == null || types.isEmpty()) {
            return null;
        }
        var wanted = new ArrayList<String>();
        for (String type : types) {
            for (String one : type.split(",")) {
                String name = one.strip();
                if (!TYPES.contains(name)) {
                    throw ApiException.Invalid.query(
                            "types", "'" + name + "' is not an entity type; one of: " + String.join(", ", TYPES));
                }
                wanted.add(name);
            }
        }
        return wanted;
    }
}
