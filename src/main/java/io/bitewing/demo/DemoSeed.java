package io.bitewing.demo;

import io.bitewing.carrier.CarrierService;
import io.bitewing.practice.location.LocationService;
import io.bitewing.practice.patient.PatientService;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.practice.provider.ProviderService;
import io.bitewing.shared.auth.Tenant;
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

    DemoSeed(CarrierService carriers, LocationService locations, ProviderService providers, PatientService patients,
            ProcedureCodeService procedureCodes) {
        this.carriers = carriers;
        this.locations = locations;
        this.providers = providers;
        this.patients = patients;
        this.procedureCodes = procedureCodes;
    }

    void populate(Tenant tenant) {
        DemoPractice.LOCATIONS.forEach(location -> locations.create(tenant, location));
        DemoPractice.PROVIDERS.forEach(provider -> providers.create(tenant, provider));
        DemoPractice.PATIENTS.forEach(patient -> patients.create(tenant, patient));
        DemoPractice.PROCEDURE_CODES.forEach(code -> procedureCodes.create(tenant, code));
        DemoCarriers.ALL.forEach(carrier -> carriers.create(tenant, carrier));
    }
}
