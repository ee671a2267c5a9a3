package io.bitewing.demo;

import io.bitewing.carrier.CarrierService;
import io.bitewing.practice.location.LocationService;
import io.bitewing.practice.patient.PatientService;
import io.bitewing.practice.procedurecode.ProcedureCode;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.practice.provider.ProviderService;
import io.bitewing.shared.auth.Tenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
    private final DemoFees fees;
    private final DemoDrafts drafts;
    private final DemoBooks books;

    DemoSeed(
            CarrierService carriers,
            LocationService locations,
            ProviderService providers,
            PatientService patients,
            ProcedureCodeService procedureCodes,
            DemoCoverage coverage,
            DemoFees fees,
            DemoDrafts drafts,
            DemoBooks books) {
        this.carriers = carriers;
        this.locations = locations;
        this.providers = providers;
        this.patients = patients;
        this.procedureCodes = procedureCodes;
        this.coverage = coverage;
        this.fees = fees;
        this.drafts = drafts;
        this.books = books;
    }

    void populate(Tenant tenant) {
        List<UUID> locationIds = DemoPractice.LOCATIONS.stream()
                .map(l -> locations.create(tenant, l).id())
                .toList();
        DemoPractice.PROVIDERS.forEach(provider -> providers.create(tenant, provider));
        List<UUID> patientIds = DemoPractice.PATIENTS.stream()
                .map(p -> patients.create(tenant, p).id())
                .toList();
        Map<String, UUID> codeIds = DemoPractice.PROCEDURE_CODES.stream()
                .map(c -> procedureCodes.create(tenant, c))
                .collect(Collectors.toMap(ProcedureCode::code, ProcedureCode::id));
        List<UUID> carrierIds = DemoCarriers.ALL.stream()
                .map(c -> carriers.create(tenant, c).id())
                .toList();
        DemoCoverage.Plans plans = coverage.populate(tenant, carrierIds, patientIds);
        fees.populate(tenant, locationIds, codeIds, plans.ppo(), plans.fixedBenefit());
        drafts.populate(tenant, patientIds);
        books.populate(tenant, locationIds, codeIds, plans.outOfNetwork());
    }
}
