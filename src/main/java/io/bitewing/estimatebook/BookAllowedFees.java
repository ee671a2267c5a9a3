package io.bitewing.estimatebook;

import io.bitewing.shared.auth.Tenant;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the estimator reads from estimate books: the current allowed fees of a book for a plan. */
@Service
@Transactional(readOnly = true)
public class BookAllowedFees {

    /**
     * One coverage asking a book: {@code key} is the caller's own (it comes back in the answer); the plan, its carrier
     * and group number pick the entries that apply.
     */
    public record Coverage(UUID key, UUID bookId, UUID planId, UUID carrierId, String groupNumber) {}

    private final EstimateBookRepository books;

    BookAllowedFees(EstimateBookRepository books) {
        this.books = books;
    }

    /**
     * For each coverage, the allowed fee per procedure code id from its book's current entries, in one query: the
     * entry for the plan wins over one for its group number, which wins over one for its carrier. Archived books,
     * expired entries and codes without an entry are absent; the caller falls back to its schedules.
     */
    public Map<UUID, Map<UUID, BigDecimal>> current(
            Tenant tenant, Collection<Coverage> coverages, Collection<UUID> codeIds) {
        if (coverages.isEmpty() || codeIds.isEmpty()) {
            return Map.of();
        }
        return books.findAllowedFees(tenant.orgId(), coverages, codeIds);
    }
}
