package io.bitewing.demo;

import io.bitewing.carrier.CarrierService;
import io.bitewing.practice.location.LocationService;
import io.bitewing.practice.patient.PatientService;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.practice.provider.ProviderService;
import io.bitewing.shared.auth.Tenant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the demo organisation holds. Everything goes through the modules' services, so the demo obeys the same
 * rules as API clients. Later areas add their demo rows here.
 */
@Component
class DemoSeed {

    private final CarrierService carriers;
    private final LocationService locations;
    private final ProviderService providers;
    private final PatientService patients;
    private final ProcedureCodeService procedureCodes;
    private final DemoCoverage coverage;

    DemoSeed(CarrierService carriers, LocationService locations, ProviderService providers, PatientService patients,
            ProcedureCodeService procedureCodes, DemoCoverage coverage) {
        this.carriers = carriers;
        this.locations = locations;
        this.providers = providers;
        this.patients = patients;
        this.procedureCodes = procedureCodes;
        this.coverage = coverage;
    }

    void populate(Tenant tenant) {
        DemoPractice.LOCATIONS.forEach(location -> locations.create(tenant, location));
        DemoPractice.PROVIDERS.forEach(provider -> providers.create(tenant, provider));
        List<UUID> patientIds = DemoPractice.PATIENTS.stream().map(p -> patients.create(tenant, p).id()).toList();
        DemoPractice.PROCEDURE_CODES.forEach(code -> procedureCodes.create(tenant, code));
        List<UUID> carrierIds = DemoCarriers.ALL.stream().map(c -> carriers.create(tenant, c).id()).toList();
        coverage.populate(tenant, carrierIds, patientIds);
    }
}
