package io.bitewing.changes.webhook;

import io.bitewing.shared.auth.AdminOnly;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@AdminOnly
@RequestMapping("/api/v1/{org_id}/webhook-endpoints")
@Tag(
        name = "Webhooks",
        description = "Changes pushed as they commit: signed deliveries (Standard Webhooks), retried with backoff, "
                + "in order per entity. Admin tokens only: an endpoint's URL and secret are the organisation's.")
class WebhookController {

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    @Operation(summary = "List webhook endpoints", description = "The organisation's endpoints, oldest first.")
    Page<WebhookEndpoint> list(Tenant tenant, PageRequest page) {
        return webhooks.list(tenant, page);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create webhook endpoint",
            description = "Registers a URL for the changes made from now on (the feed's earlier changes are read with "
                    + "GET /changes). Every change of the chosen event types is POSTed once it commits, as JSON "
                    + "{type, timestamp, data} where data is the change feed's item, signed with the headers "
                    + "webhook-id, webhook-timestamp and webhook-signature (v1, HMAC-SHA256 of id.timestamp.body). "
                    + "The answer holds the secret, shown this once. 422 for a URL that is not https or resolves to "
                    + "a loopback, link-local or private address (unless the operator allows the host), or an "
                    + "unknown event type.")
    WebhookEndpoint create(Tenant tenant, @Valid @RequestBody WebhookRequests.Create body) {
        return webhooks.create(tenant, body);
    }

    @GetMapping("/{webhook_endpoint_uuid}")
    @Operation(summary = "Get webhook endpoint", description = "One endpoint, without its secret; 404 if unknown.")
    WebhookEndpoint get(Tenant tenant, @PathVariable("webhook_endpoint_uuid") UUID id) {
        return webhooks.get(tenant, id);
    }

    @PatchMapping("/{webhook_endpoint_uuid}")
    @Operation(
            summary = "Update webhook endpoint",
            description = "Changes the URL (checked as at creation), description, event types or status. Setting "
                    + "status active again after the endpoint was disabled resumes its waiting deliveries, in "
                    + "order, and clears the failure count. 409 if base_version does not match.")
    WebhookEndpoint update(
            Tenant tenant,
            @PathVariable("webhook_endpoint_uuid") UUID id,
            @Valid @RequestBody WebhookRequests.Update body,
            Patch patch) {
        return webhooks.update(tenant, id, body, patch);
    }

    @DeleteMapping("/{webhook_endpoint_uuid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete webhook endpoint",
            description = "Stops every delivery to the endpoint for good; 404 if unknown or deleted already.")
    void delete(Tenant tenant, @PathVariable("webhook_endpoint_uuid") UUID id) {
        webhooks.delete(tenant, id);
    }

    @PostMapping("/{webhook_endpoint_uuid}/ping")
    @Operation(
            summary = "Ping webhook endpoint",
            description = "Sends a signed webhook.ping at once and answers how it went (succeeded or failed, the "
                    + "receiver's status or the error); the ping joins the delivery log and is not retried.")
    WebhookDelivery ping(Tenant tenant, @PathVariable("webhook_endpoint_uuid") UUID id) {
        return webhooks.ping(tenant, id);
    }

    @GetMapping("/{webhook_endpoint_uuid}/deliveries")
    @Operation(
            summary = "List deliveries",
            description = "The endpoint's delivery log, latest first: each delivery's status, attempts, the last "
                    + "status code and error, and when the next attempt is due.")
    Page<WebhookDelivery> deliveries(
            Tenant tenant,
            @PathVariable("webhook_endpoint_uuid") UUID id,
            @Parameter(description = "Only deliveries of this status: pending, retrying, succeeded or failed.")
                    @RequestParam(required = false)
                    String status,
            PageRequest page) {
        return webhooks.deliveries(tenant, id, status, page);
    }

    @GetMapping("/{webhook_endpoint_uuid}/deliveries/{delivery_uuid}")
    @Operation(summary = "Get delivery", description = "One delivery of the endpoint; 404 if unknown.")
    WebhookDelivery delivery(
            Tenant tenant,
            @PathVariable("webhook_endpoint_uuid") UUID id,
            @PathVariable("delivery_uuid") UUID deliveryId) {
        return webhooks.delivery(tenant, id, deliveryId);
    }

    @PostMapping("/{webhook_endpoint_uuid}/deliveries/{delivery_uuid}/redeliver")
    @Operation(
            summary = "Redeliver one delivery",
            description = "Sends the change again with the same webhook-id (a receiver that keeps ids sees a "
                    + "repeat), due now and after the entity's earlier deliveries. 409 for a ping.")
    WebhookDelivery redeliver(
            Tenant tenant,
            @PathVariable("webhook_endpoint_uuid") UUID id,
            @PathVariable("delivery_uuid") UUID deliveryId) {
        return webhooks.redeliver(tenant, id, deliveryId);
    }

    @PostMapping("/{webhook_endpoint_uuid}/redeliver")
    @Operation(
            summary = "Redeliver since a time",
            description = "Sends again every change delivery made at or after since, in their order; answers how "
                    + "many were queued.")
    Queued redeliverSince(
            Tenant tenant,
            @PathVariable("webhook_endpoint_uuid") UUID id,
            @Valid @RequestBody WebhookRequests.Redeliver body) {
        return new Queued(webhooks.redeliverSince(tenant, id, body.since()));
    }

    record Queued(
            @Schema(description = "How many deliveries were queued again.")
            int queued) {}
}
