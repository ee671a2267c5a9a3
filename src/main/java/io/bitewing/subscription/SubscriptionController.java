package io.bitewing.subscription;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/v1/{org_id}/insurance/subscriptions")
@Tag(
        name = "Subscriptions",
        description = "Insurance subscriptions: a subscriber holding a plan under a carrier-issued id.")
class SubscriptionController {

    private final SubscriptionService subscriptions;

    SubscriptionController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping
    @Operation(
            summary = "List subscriptions",
            description = "List insurance subscriptions with optional filters. "
                    + "Filter by insurance_plan_uuid, subscriber_uuid, status, or search text. Archived subscriptions never "
                    + "appear; the list is ordered oldest first.")
    Page<Subscription> list(
            Tenant tenant,
            @Parameter(description = "Filter by insurance plan UUID.")
                    @RequestParam(name = "insurance_plan_uuid", required = false)
                    UUID insurancePlanUuid,
            @Parameter(description = "Filter by subscriber (patient) UUID.")
                    @RequestParam(name = "subscriber_uuid", required = false)
                    UUID subscriberUuid,
            @Parameter(
                            description = "Filter by status. One of: active, inactive, terminated, as the reference "
                                    + "lists them; inactive is every subscription not active (terminated or "
                                    + "pending_verification).")
                    @RequestParam(required = false)
                    Subscription.StatusFilter status,
            @Parameter(description = "Text search on subscriber ID number.") @RequestParam(required = false)
                    String search,
            PageRequest page) {
        return subscriptions.list(
                tenant, new SubscriptionService.Filter(insurancePlanUuid, subscriberUuid, status, search), page);
    }

    @GetMapping("/{subscription_uuid}")
    @Operation(
            summary = "Get subscription",
            description = "Retrieve a single subscription by UUID, archived ones "
                    + "included. Raises 404 if the subscription does not exist.")
    Subscription get(Tenant tenant, @PathVariable("subscription_uuid") UUID id) {
        return subscriptions.get(tenant, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create subscription",
            description = "Create a new insurance subscription. Returns the "
                    + "subscription and a duplicate_warning (the existing subscription) when the same subscriber already holds "
                    + "the same plan through an active subscription. Raises 404 if the plan or subscriber does not exist or is "
                    + "archived.")
    SubscriptionService.Created create(Tenant tenant, @Valid @RequestBody SubscriptionRequests.Create body) {
        return subscriptions.create(tenant, body);
    }

    @PatchMapping("/{subscription_uuid}")
    @Operation(
            summary = "Update subscription",
            description = "Update mutable fields on a subscription; a field sent "
                    + "as null is cleared. Raises 404 if the subscription does not exist, 409 if base_version does not match. "
                    + "Changing status here does not touch patient plans; terminate does.")
    Subscription update(
            Tenant tenant,
            @PathVariable("subscription_uuid") UUID id,
            @Valid @RequestBody SubscriptionRequests.Update body,
            Patch patch) {
        return subscriptions.update(tenant, id, body, patch);
    }

    @PostMapping("/{subscription_uuid}/archive")
    @Operation(
            summary = "Archive subscription",
            description = "Soft-delete a subscription by setting deleted_at. It "
                    + "stays readable by id but leaves lists. Raises 404 if the subscription does not exist.")
    Subscription archive(Tenant tenant, @PathVariable("subscription_uuid") UUID id) {
        return subscriptions.archive(tenant, id);
    }

    @PostMapping("/{subscription_uuid}/terminate")
    @Operation(
            summary = "Terminate subscription",
            description = "Terminate a subscription with a specific date. Sets "
                    + "status to 'terminated' and date_term, and deactivates the patient plans still in force under it; answers "
                    + "how many. date_term is the last day covered: a date in the future keeps the coverage in force "
                    + "(status active) through that day, and it reads terminated from the next. Terminating a "
                    + "subscription that has already ended answers 200 unchanged with its own date (whatever "
                    + "base_version) and 409 with another date. Raises 404 if the subscription does not exist, 409 if base_version does not match, 422 if the "
                    + "date is before date_effective.")
    SubscriptionService.Terminated terminate(
            Tenant tenant,
            @PathVariable("subscription_uuid") UUID id,
            @Valid @RequestBody SubscriptionRequests.Terminate body) {
        return subscriptions.terminate(tenant, id, body);
    }

    @PostMapping("/bulk-terminate")
    @Operation(
            summary = "Bulk terminate subscriptions",
            description = "Terminate multiple subscriptions with a given "
                    + "date in one transaction, deactivating their patient plans. Raises 404 naming the first subscription UUID "
                    + "that does not exist; then nothing changes.")
    SubscriptionService.BulkTerminated bulkTerminate(
            Tenant tenant, @Valid @RequestBody SubscriptionRequests.BulkTerminate body) {
        return subscriptions.bulkTerminate(tenant, body);
    }
}
