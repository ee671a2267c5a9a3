package io.bitewing.x12;

import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.x12.BenefitReading.Network;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batches of many interchanges (a day's file from the clearinghouse), validated whole before anything is written and
 * then imported in the background ({@link BatchRunner}), item by item, by the same services as the single routes.
 */
@Service
@Transactional(readOnly = true)
public class BatchService {

    static final String ENTITY = "x12_batch";

    private final BatchRepository batches;
    private final BatchJobs jobs;
    private final AuditLog audit;

    BatchService(BatchRepository batches, BatchJobs jobs, AuditLog audit) {
        this.batches = batches;
        this.jobs = jobs;
        this.audit = audit;
    }

    /**
     * Reads the whole body (422 naming the segment for anything that is not well-formed X12 of 271s and 835s, nothing
     * written), then stores it with one item per 835 interchange and per 271 transaction set, and queues the job in
     * the same transaction. Answers the queued batch.
     */
    @Transactional
    public X12Batch start(Tenant tenant, byte[] body, Network network) {
        var read = X12Reader.read(body, Set.of("271", "835"));
        var items = new ArrayList<BatchRepository.NewItem>();
        for (X12Reader.Envelope e : read.envelopes()) {
            if (e.transactionType().equals("835")) {
                items.add(new BatchRepository.NewItem(
                        items.size() + 1, "835", e.position(), null, null, e.controlNumber(), e.text()));
                continue;
            }
            List<Integer> sets = e.transactionSets();
            for (int k = 0; k < sets.size(); k++) {
                items.add(new BatchRepository.NewItem(
                        items.size() + 1, "271", e.position(), sets.get(k), k + 1, e.controlNumber(), e.text()));
            }
        }
        UUID id = Ids.newId();
        batches.insert(
                tenant.orgId(),
                id,
                new String(body, StandardCharsets.UTF_8),
                network.name(),
                tenant.actorTokenId(),
                items);
        jobs.enqueue(tenant.orgId(), id);
        audit.record(tenant, ENTITY, id, "create", Set.of("status"));
        return get(tenant, id);
    }

    /** The batch with its report so far; 404 when unknown in this organisation. */
    X12Batch get(Tenant tenant, UUID id) {
        var header = batches.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Batch"));
        return new X12Batch(
                header.id(),
                header.status(),
                header.network(),
                header.progress(),
                header.error(),
                header.createdAt(),
                header.startedAt(),
                header.finishedAt(),
                batches.items(tenant.orgId(), id));
    }

    /** Batches newest first, with their progress; the reports are read one batch at a time. */
    Page<X12Batch> list(Tenant tenant, PageRequest page) {
        return batches.findAll(tenant.orgId(), page);
    }
}
