package io.bitewing.changes.webhook;

import io.bitewing.changes.Change;
import io.bitewing.changes.ChangeFeed;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * One dispatch pass: turns the feed's new changes into deliveries for every active endpoint, then sends what is
 * due. A pass runs as a db-scheduler recurring task, which one instance at a time executes, whichever instance
 * is alive; the claims on delivery rows keep two passes (or a ping and a pass) from sending the same attempt twice.
 */
@Component
class WebhookDispatcher {

    static final int FAN_OUT_BATCH = 500;
    static final int FAN_OUT_ROUNDS = 20;
    static final int SEND_BATCH = 100;
    static final int SEND_ROUNDS = 20;

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final ChangeFeed feed;
    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookSender sender;
    private final WebhookSettings settings;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final JsonMapper json;

    WebhookDispatcher(
            ChangeFeed feed,
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            WebhookSender sender,
            WebhookSettings settings,
            AuditLog audit,
            TransactionTemplate tx,
            JsonMapper json) {
        this.feed = feed;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.sender = sender;
        this.settings = settings;
        this.audit = audit;
        this.tx = tx;
        this.json = json;
    }

    void pass() {
        fanOut();
        for (int round = 0; round < SEND_ROUNDS && send() == SEND_BATCH; round++) {
            // a full batch: more may be due, including the next change of an entity just delivered
        }
    }

    /** Writes a delivery per new change and endpoint, moving each endpoint's read position on in the same step. */
    void fanOut() {
        for (var endpoint : endpoints.active()) {
            long after = endpoint.afterPosition();
            for (int round = 0; round < FAN_OUT_ROUNDS; round++) {
                long from = after;
                Integer read = tx.execute(status -> {
                    List<ChangeFeed.Entry> entries = feed.after(endpoint.org(), from, FAN_OUT_BATCH);
                    if (entries.isEmpty()) {
                        return 0;
                    }
                    long to = entries.get(entries.size() - 1).position();
                    if (!endpoints.advance(endpoint.org(), endpoint.id(), from, to)) {
                        return -1; // another pass read these first
                    }
                    var wanted = entries.stream()
                            .map(ChangeFeed.Entry::change)
                            .filter(c -> EventTypes.matches(endpoint.eventTypes(), c))
                            .map(this::delivery)
                            .toList();
                    deliveries.insertAll(endpoint.org(), endpoint.id(), wanted);
                    return entries.size();
                });
                if (read == null || read < FAN_OUT_BATCH) {
                    break;
                }
                after = endpoints.positionOf(endpoint.org(), endpoint.id());
            }
        }
    }

    /** Sends one batch of due deliveries at once and records how each went; how many were claimed. */
    int send() {
        List<WebhookDeliveryRepository.Due> due = deliveries.claim(SEND_BATCH, claimTime());
        if (due.isEmpty()) {
            return 0;
        }
        var sends = new ArrayList<CompletableFuture<WebhookSender.Outcome>>();
        for (var d : due) {
            sends.add(sender.send(d.url(), d.secret(), d.id(), d.payload()));
        }
        Map<UUID, Boolean> succeededAny = new HashMap<>();
        Map<UUID, String> lastError = new HashMap<>();
        Map<UUID, UUID> orgOf = new HashMap<>();
        for (int i = 0; i < due.size(); i++) {
            var d = due.get(i);
            var outcome = sends.get(i).join();
            orgOf.put(d.endpointId(), d.org());
            if (outcome.ok()) {
                deliveries.succeeded(d.org(), d.id(), outcome.statusCode());
                succeededAny.put(d.endpointId(), true);
            } else {
                Instant next = Instant.now().plus(settings.backoff(d.attempts() + 1));
                deliveries.failed(d.org(), d.id(), outcome.statusCode(), outcome.error(), next);
                succeededAny.putIfAbsent(d.endpointId(), false);
                lastError.put(d.endpointId(), outcome.error());
            }
        }
        succeededAny.forEach((endpoint, succeeded) -> {
            UUID org = orgOf.get(endpoint);
            if (succeeded) {
                endpoints.succeeded(org, endpoint);
            } else {
                failed(org, endpoint, lastError.get(endpoint));
            }
        });
        return due.size();
    }

    private void failed(UUID org, UUID endpoint, String error) {
        String reason = "disabled after " + settings.disableAfter() + " failed attempts in a row; last: " + error;
        tx.executeWithoutResult(status -> {
            if (endpoints.failed(org, endpoint, settings.disableAfter(), reason)) {
                audit.record(new Tenant(org, null), WebhookService.ENTITY, endpoint, "disable", Set.of("status"));
                log.warn("Disabled webhook endpoint {} after {} failed attempts", endpoint, settings.disableAfter());
            }
        });
    }

    private WebhookDeliveryRepository.New delivery(Change change) {
        String type = change.entityType() + "." + change.action();
        return new WebhookDeliveryRepository.New(
                Ids.newId(),
                change.id(),
                type,
                change.entityType(),
                change.entityId(),
                payload(type, change.changedAt(), change));
    }

    /** The Standard Webhooks body: type, timestamp and data, here the feed's item (no values). */
    String payload(String type, Instant at, Object data) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", type);
        body.put("timestamp", at.toString());
        body.put("data", data);
        return json.writeValueAsString(body);
    }

    // Long enough that no settled attempt is still claimed; short enough that a dead instance's claim lapses soon.
    private Duration claimTime() {
        return settings.timeout().multipliedBy(2).plusSeconds(30);
    }
}
