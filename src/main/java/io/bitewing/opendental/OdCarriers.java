package io.bitewing.opendental;

import io.bitewing.carrier.Carrier;
import io.bitewing.carrier.Carrier.ElectronicFilingType;
import io.bitewing.carrier.CarrierRequests;
import io.bitewing.carrier.CarrierService;
import io.bitewing.opendental.OdNumberRepository.Numbered;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Patch;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Open Dental's Carriers API over the carrier module. Fields map one to one; NoSendElect is the native
 * electronic_filing_type, SendElect when none is set (Open Dental's own default). Archived carriers are gone here,
 * as Open Dental has no deleted carriers to show.
 */
@Service
@Transactional(readOnly = true)
class OdCarriers {

    static final Map<String, ElectronicFilingType> SEND_ELECT = OdVocabulary.ordered(
            "SendElect", ElectronicFilingType.send_electronically,
            "NoSendElect", ElectronicFilingType.do_not_send_electronically,
            "NoSendSecondaryElect", ElectronicFilingType.do_not_send_secondary_electronically);

    private final CarrierService carriers;
    private final OdNumberRepository numbers;
    private final OdValidation validation;

    OdCarriers(CarrierService carriers, OdNumberRepository numbers, OdValidation validation) {
        this.validation = validation;
        this.carriers = carriers;
        this.numbers = numbers;
    }

    OdCarrier get(Tenant tenant, long carrierNum) {
        return show(carrier(tenant, carrierNum));
    }

    /** Live carriers, hidden ones included, in CarrierNum order. */
    List<OdCarrier> list(Tenant tenant, int offset, int limit) {
        return OdController.window(
                        offset,
                        limit,
                        page -> carriers.listByNumber(tenant, page).items())
                .stream()
                .map(OdCarriers::show)
                .toList();
    }

    /** CarrierName is required; a live carrier of the same name (any case) is refused, as the native API does. */
    @Transactional
    OdCarrier create(Tenant tenant, JsonNode json) {
        OdBody body = OdBody.of(json, OdCarrier.class);
        String name = body.text("CarrierName");
        if (name == null || name.isBlank()) {
            throw OdException.badRequest("CarrierName is required.");
        }
        Carrier created = carriers.create(
                tenant,
                validation.valid(new CarrierRequests.Create(
                        name,
                        null,
                        text(body, "ElectID"),
                        body.choice("NoSendElect", SEND_ELECT),
                        null,
                        null,
                        null,
                        body.bool("IsHidden"),
                        text(body, "Address"),
                        text(body, "Address2"),
                        text(body, "City"),
                        text(body, "State"),
                        text(body, "Zip"),
                        text(body, "Phone"),
                        null,
                        null)));
        return show(created);
    }

    /**
     * Partial: what the body leaves out stays. Open Dental has no versions, so the current one is sent as the base:
     * the last writer wins.
     */
    @Transactional
    OdCarrier update(Tenant tenant, long carrierNum, JsonNode json) {
        OdBody body = OdBody.of(json, OdCarrier.class);
        Carrier current = carrier(tenant, carrierNum);
        String name = body.text("CarrierName");
        if (name != null && name.isBlank()) {
            throw OdException.badRequest("CarrierName cannot be blank.");
        }
        var present = new HashSet<String>();
        mark(body, present, "CarrierName", "carrier_name");
        mark(body, present, "Address", "address_line1");
        mark(body, present, "Address2", "address_line2");
        mark(body, present, "City", "city");
        mark(body, present, "State", "state");
        mark(body, present, "Zip", "zip_code");
        mark(body, present, "Phone", "phone");
        mark(body, present, "ElectID", "electronic_id");
        mark(body, present, "NoSendElect", "electronic_filing_type");
        mark(body, present, "IsHidden", "is_hidden");
        var update = validation.valid(new CarrierRequests.Update(
                current.version(),
                name,
                null,
                text(body, "ElectID"),
                body.choice("NoSendElect", SEND_ELECT),
                null,
                null,
                null,
                body.bool("IsHidden"),
                text(body, "Address"),
                text(body, "Address2"),
                text(body, "City"),
                text(body, "State"),
                text(body, "Zip"),
                text(body, "Phone"),
                null,
                null));
        return show(carriers.update(tenant, current.id(), update, new Patch(present)));
    }

    private static OdCarrier show(Carrier c) {
        return new OdCarrier(
                OdJson.num(c.odNum()),
                c.carrierName(),
                OdJson.text(c.addressLine1()),
                OdJson.text(c.addressLine2()),
                OdJson.text(c.city()),
                OdJson.text(c.state()),
                OdJson.text(c.zipCode()),
                OdJson.text(c.phone()),
                OdJson.text(c.electronicId()),
                c.electronicFilingType() == null
                        ? "SendElect"
                        : OdVocabulary.nameOf(SEND_ELECT, c.electronicFilingType()),
                OdJson.bool(c.isHidden()));
    }

    /** Open Dental has no empty-versus-none: "" clears a field, stored as none. */
    private static String text(OdBody body, String field) {
        String value = body.text(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void mark(OdBody body, Set<String> present, String odField, String nativeField) {
        if (body.has(odField)) {
            present.add(nativeField);
        }
    }

    private Carrier carrier(Tenant tenant, long carrierNum) {
        UUID id = numbers.idOf(tenant.orgId(), Numbered.CARRIER, carrierNum)
                .orElseThrow(() -> OdException.notFound("Carrier not found."));
        Carrier carrier = carriers.get(tenant, id);
        if (carrier.deletedAt() != null) {
            throw OdException.notFound("Carrier not found.");
        }
        return carrier;
    }
}
