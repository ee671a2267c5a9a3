package io.bitewing.changes.webhook;

import io.bitewing.changes.ChangeFeed;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Webhook endpoints, their delivery log, pings and redelivery. */
@Service
@Transactional(readOnly = true)
class WebhookService {

    static final String ENTITY = "webhook_endpoint";
    static final List<String> DELIVERY_STATUSES = List.of("pending", "retrying", "succeeded", "failed");

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookUrls urls;
    private final WebhookSender sender;
    private final WebhookDispatcher dispatcher;
    private final ChangeFeed feed;
    private final AuditLog audit;

    WebhookService(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            WebhookUrls urls,
            WebhookSender sender,
            WebhookDispatcher dispatcher,
            ChangeFeed feed,
            AuditLog audit) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.urls = urls;
        this.sender = sender;
        this.dispatcher = dispatcher;
        this.feed = feed;
        this.audit = audit;
    }

    WebhookEndpoint get(Tenant tenant, UUID id) {
        return endpoints.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Webhook endpoint"));
    }

    Page<WebhookEndpoint> list(Tenant tenant, PageRequest page) {
        return endpoints.findAll(tenant.orgId(), page);
    }

    /** Creates an endpoint that receives the changes made from now on; the answer is the only one with the secret. */
    @Transactional
    WebhookEndpoint create(Tenant tenant, WebhookRequests.Create body) {
        String url = urls.require(body.url()).toString();
        List<String> types = EventTypes.require(body.eventTypes());
        String secret = WebhookSignature.newSecret();
        UUID id = Ids.newId();
        var created =
                endpoints.insert(tenant.orgId(), id, url, body.description(), types, secret, feed.head(tenant.orgId()));
        audit.record(tenant, ENTITY, id, "create", Set.of("url", "event_types", "secret"));
        return created.withSecret(secret);
    }

    @Transactional
    WebhookEndpoint update(Tenant tenant, UUID id, WebhookRequests.Update body, Patch patch) {
        WebhookEndpoint current = get(tenant, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        String url = patch.applyRequired("url", body.url(), current.url());
        if (patch.changed().contains("url")) {
            url = urls.require(url).toString();
        }
        List<String> types = patch.has("event_types")
                ? patch.apply("event_types", EventTypes.require(body.eventTypes()), current.eventTypes())
                : current.eventTypes();
        String status = patch.applyRequired("status", body.status(), current.status());
        boolean reactivated = current.status().equals("disabled") && status.equals("active");
        String reason = status.equals("active")
                ? null
                : patch.changed().contains("status") ? "disabled by a client" : current.disabledReason();
        var next = new WebhookEndpoint(
                id,
                url,
                patch.apply("description", body.description(), current.description()),
                types,
                status,
                reason,
                current.consecutiveFailures(),
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                null);
        var updated = endpoints
                .update(tenant.orgId(), next, body.baseVersion(), reactivated)
                .orElseThrow(
                        () -> ApiException.Conflict.staleVersion(get(tenant, id).version()));
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return updated;
    }

    /** Stops deliveries for good; the delivery log stays readable in the database but not through the API. */
    @Transactional
    void delete(Tenant tenant, UUID id) {
        if (!endpoints.delete(tenant.orgId(), id)) {
            throw new ApiException.NotFound("Webhook endpoint");
        }
        audit.record(tenant, ENTITY, id, "delete", Set.of("deleted_at"));
    }

    /**
     * Sends a signed {@code webhook.ping} now and records it in the delivery log. Not transactional: the request
     * waits for the receiver (at most the timeout) without holding a database connection.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    WebhookDelivery ping(Tenant tenant, UUID id) {
        WebhookEndpoint endpoint = get(tenant, id);
        String secret =
                endpoints.secret(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Webhook endpoint"));
        UUID deliveryId = Ids.newId();
        var data = new LinkedHashMap<String, Object>();
        data.put("endpoint_id", id);
        String payload = dispatcher.payload("webhook.ping", Instant.now(), data);
        var outcome = sender.send(endpoint.url(), secret, deliveryId, payload).join();
        return deliveries.ping(tenant.orgId(), deliveryId, id, payload, outcome.statusCode(), outcome.error());
    }

    Page<WebhookDelivery> deliveries(Tenant tenant, UUID id, String status, PageRequest page) {
        get(tenant, id);
        if (status != null && !DELIVERY_STATUSES.contains(status)) {
            throw ApiException.Invalid.query("status", "must be one of: " + String.join(", ", DELIVERY_STATUSES));
        }
        return deliveries.findAll(tenant.orgId(), id, status, page);
    }

    WebhookDelivery delivery(Tenant tenant, UUID id, UUID deliveryId) {
        get(tenant, id);
        return deliveries.find(tenant.orgId(), id, deliveryId).orElseThrow(() -> new ApiException.NotFound("Delivery"));
    }

    /** Queues one change delivery again, now, in its entity's order; 409 for a ping, which is sent with ping. */
    @Transactional
    WebhookDelivery redeliver(Tenant tenant, UUID id, UUID deliveryId) {
        WebhookDelivery delivery = delivery(tenant, id, deliveryId);
        if (delivery.changeId() == null) {
            throw new ApiException.Conflict("A ping is not redelivered; send another ping");
        }
        return deliveries.redeliver(tenant.orgId(), id, deliveryId).orElseThrow();
    }

    /** Queues again every change delivered to the endpoint at or after {@code since}; how many. */
    @Transactional
    int redeliverSince(Tenant tenant, UUID id, Instant since) {
        get(tenant, id);
        return deliveries.redeliverSince(tenant.orgId(), id, since);
    }
}
