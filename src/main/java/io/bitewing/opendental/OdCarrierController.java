package io.bitewing.opendental;

import io.bitewing.shared.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Open Dental's Carriers resource. Open Dental documents no DELETE; carriers are archived natively. */
@RestController
@RequestMapping(OdAccess.PREFIX + "/carriers")
@Tag(name = OdController.TAG)
class OdCarrierController {

    private final OdCarriers carriers;

    OdCarrierController(OdCarriers carriers) {
        this.carriers = carriers;
    }

    @GetMapping("/{CarrierNum}")
    @Operation(
            summary = "Carriers GET (single)",
            description = "One carrier by CarrierNum. 404 when there is none or it is archived.")
    OdCarrier get(Tenant tenant, @PathVariable("CarrierNum") long carrierNum) {
        return carriers.get(tenant, carrierNum);
    }

    @GetMapping
    @Operation(
            summary = "Carriers GET (multiple)",
            description = "Live carriers, hidden ones included, in CarrierNum order, at most 100 from Offset.")
    List<OdCarrier> list(
            Tenant tenant,
            @Parameter(description = "Items to skip.") @RequestParam(name = "Offset", defaultValue = "0") int offset,
            @Parameter(description = "At most 100.") @RequestParam(name = "Limit", defaultValue = "100") int limit) {
        return carriers.list(tenant, OdController.offset(offset), OdController.limit(limit));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Carriers POST (create)",
            description = "Creates a carrier. CarrierName is required and must not be a live carrier's name (any "
                    + "case); NoSendElect defaults to SendElect, IsHidden to \"false\". 400 naming the field.")
    OdCarrier create(Tenant tenant, @RequestBody(required = false) JsonNode body) {
        return carriers.create(tenant, body);
    }

    @PutMapping("/{CarrierNum}")
    @Operation(
            summary = "Carriers PUT (update)",
            description = "Updates the fields sent and leaves the rest; \"\" clears a text field. The last writer "
                    + "wins. 200 with the whole carrier; 400 naming the field, 404 when there is none.")
    OdCarrier update(
            Tenant tenant, @PathVariable("CarrierNum") long carrierNum, @RequestBody(required = false) JsonNode body) {
        return carriers.update(tenant, carrierNum, body);
    }
}
