package io.bitewing.x12;

import io.bitewing.carrier.Carrier;
import io.bitewing.carrier.CarrierService;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.practice.location.Location;
import io.bitewing.practice.location.LocationService;
import io.bitewing.practice.patient.Patient;
import io.bitewing.practice.patient.PatientService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** 270 eligibility requests for a patient plan, for the practice to send through its clearinghouse. */
@Service
@Transactional(readOnly = true)
public class EligibilityRequestService {

    /** Service types a dental 270 may ask about (x12-benefits-mapping §4), plus 30, the plan as a whole. */
    static final Set<String> SERVICE_TYPES =
            Set.of("30", "35", "4", "5", "7", "23", "24", "25", "26", "27", "28", "36", "37", "38", "39", "40", "41");

    record Generated(
            @Schema(description = "The interchange kept (GET …/x12/interchanges/{id}).")
            UUID interchangeUuid,

            @Schema(description = "ISA13/GS06 of this interchange: unique within the organisation.")
            long controlNumber,

            @Schema(description = "The 270 interchange to send, as text.")
            String interchange) {}

    private final PatientPlanService patientPlans;
    private final PatientService patients;
    private final CarrierService carriers;
    private final LocationService locations;
    private final InterchangeRepository interchanges;
    private final JsonMapper json;

    EligibilityRequestService(
            PatientPlanService patientPlans,
            PatientService patients,
            CarrierService carriers,
            LocationService locations,
            InterchangeRepository interchanges,
            JsonMapper json) {
        this.patientPlans = patientPlans;
        this.patients = patients;
        this.carriers = carriers;
        this.locations = locations;
        this.interchanges = interchanges;
        this.json = json;
    }

    /**
     * Writes a 270 for the patient plan asking about the service types (default 35): the provider is the location
     * (its NPI, else its tax id), the payer the plan's carrier (its electronic id). 404 for an unknown patient plan or
     * location; 422 for an unknown service type or missing identifiers. Takes the organisation's next control number
     * and keeps the interchange.
     */
    @Transactional
    Generated generate(Tenant tenant, UUID patientPlanId, List<String> serviceTypes, UUID locationId) {
        List<String> types = serviceTypes(serviceTypes);
        PatientPlan patientPlan = patientPlans.get(tenant, patientPlanId);
        if (patientPlan.deletedAt() != null) {
            throw new ApiException.NotFound("Patient plan");
        }
        Location location = location(tenant, locationId);
        Carrier carrier =
                carriers.get(tenant, patientPlan.subscription().carrier().id());
        if (carrier.electronicId() == null || carrier.electronicId().isBlank()) {
            throw ApiException.Invalid.query(
                    "patient_plan_uuid", "the plan's carrier has no electronic_id (payer id) to address a 270 to");
        }
        boolean npi = location.npi() != null && !location.npi().isBlank();
        if (!npi && (location.taxId() == null || location.taxId().isBlank())) {
            throw ApiException.Invalid.query("location_uuid", "the location has neither an NPI nor a tax id");
        }
        Patient patient = patients.get(tenant, patientPlan.patient().id());
        Patient subscriber =
                patients.get(tenant, patientPlan.subscription().subscriber().id());
        boolean self = patient.id().equals(subscriber.id());
        var parties = new Request270.Parties(
                npi ? location.npi() : location.taxId(),
                carrier.electronicId(),
                Request270.clean(carrier.carrierName()),
                Request270.clean(carrier.electronicId()),
                Request270.clean(location.name()),
                npi ? "XX" : "FI",
                npi ? location.npi() : location.taxId(),
                patientPlan.subscription().subscriberIdNumber(),
                person(subscriber),
                self ? null : person(patient));
        long control = interchanges.nextControlNumber(tenant.orgId());
        String text = Request270.write(parties, types, control, LocalDateTime.now(ZoneOffset.UTC));
        UUID id = Ids.newId();
        var summary = new LinkedHashMap<String, Object>();
        summary.put("patient_plan_uuid", patientPlanId);
        summary.put("control_number", control);
        summary.put("service_types", types);
        interchanges.insert(tenant.orgId(), id, "270", text, json.writeValueAsString(summary));
        return new Generated(id, control, text);
    }

    private Location location(Tenant tenant, UUID locationId) {
        if (locationId != null) {
            return locations.get(tenant, locationId);
        }
        return locations
                .onlyLive(tenant)
                .map(id -> locations.get(tenant, id))
                .orElseThrow(() -> ApiException.Invalid.query(
                        "location_uuid", "required: the organisation has no single live location to send from"));
    }

    private static List<String> serviceTypes(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return List.of("35");
        }
        var types = new ArrayList<String>();
        for (String type : requested) {
            String t = type == null ? "" : type.strip();
            if (!SERVICE_TYPES.contains(t)) {
                throw ApiException.Invalid.query(
                        "service_types",
                        "'" + t + "' is not a dental service type; use "
                                + String.join(", ", new java.util.TreeSet<>(SERVICE_TYPES)));
            }
            if (!types.contains(t)) {
                types.add(t);
            }
        }
        if (types.size() > 99) {
            throw ApiException.Invalid.query("service_types", "at most 99");
        }
        return types;
    }

    private static Request270.Person person(Patient p) {
        String gender = p.gender() == null
                ? null
                : switch (p.gender()) {
                    case female -> "F";
                    case male -> "M";
                    default -> null;
                };
        return new Request270.Person(p.lastName(), p.firstName(), p.birthdate(), gender);
    }
}
