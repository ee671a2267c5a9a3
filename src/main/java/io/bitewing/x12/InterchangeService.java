package io.bitewing.x12;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Interchanges kept verbatim, for download and audit. */
@Service
@Transactional(readOnly = true)
public class InterchangeService {

    record Interchange(
            UUID id,
            @Schema(description = "One of: 270, 271, 835.") String transactionSet,

            @Schema(description = "What the import did.") Map<String, Object> summary,

            @Schema(description = "The interchange exactly as received or sent.")
            String raw,

            Instant createdAt) {}

    private final InterchangeRepository interchanges;
    private final JsonMapper json;

    InterchangeService(InterchangeRepository interchanges, JsonMapper json) {
        this.interchanges = interchanges;
        this.json = json;
    }

    /** One interchange; 404 when unknown in this organisation. */
    Interchange get(Tenant tenant, UUID id) {
        var stored = interchanges.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Interchange"));
        return new Interchange(
                stored.id(),
                stored.transactionSet(),
                json.readValue(stored.summary(), new TypeReference<Map<String, Object>>() {}),
                stored.raw(),
                stored.createdAt());
    }
}
