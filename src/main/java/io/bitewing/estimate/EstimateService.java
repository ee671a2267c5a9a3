package io.bitewing.estimate;

import io.bitewing.estimate.engine.EstimateInput;
import io.bitewing.estimate.engine.EstimationEngine;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.practice.location.LocationService;
import io.bitewing.practice.patient.Patient;
import io.bitewing.practice.patient.PatientService;
import io.bitewing.practice.procedurecode.ProcedureCode;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.practice.provider.ProviderService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Treatment-plan estimates and remaining benefits, one pipeline for both: validate the request, load its inputs
 * ({@link EstimateInputLoader}), assemble the engine's input ({@link EngineInputs}), run the engine, shape the answer
 * ({@link EstimateResponses}). Remaining benefits are the plans part of an estimate of no procedures.
 */
@Service
@Transactional(readOnly = true)
public class EstimateService {

    private final PatientService patients;
    private final PatientPlanService patientPlans;
    private final ProcedureCodeService procedureCodes;
    private final LocationService locations;
    private final ProviderService providers;
    private final EstimateInputLoader loader;
    private final Timer engineTime;

    EstimateService(
            PatientService patients,
            PatientPlanService patientPlans,
            ProcedureCodeService procedureCodes,
            LocationService locations,
            ProviderService providers,
            EstimateInputLoader loader,
            MeterRegistry meters) {
        this.patients = patients;
        this.patientPlans = patientPlans;
        this.procedureCodes = procedureCodes;
        this.locations = locations;
        this.providers = providers;
        this.loader = loader;
        // The engine alone: the request's whole time, loading included, is http.server.requests of its route.
        this.engineTime = Timer.builder("bitewing.estimate.engine")
                .description("Time the estimation engine takes for one estimate or remaining-benefits answer")
                .serviceLevelObjectives(
                        Duration.ofMillis(1),
                        Duration.ofMillis(5),
                        Duration.ofMillis(25),
                        Duration.ofMillis(100),
                        Duration.ofMillis(500))
                .register(meters);
    }

    /** 404 for an unknown patient; 422 naming the field for codes, coverages, a location or providers that do not fit. */
    Estimate estimate(Tenant tenant, EstimateRequests.Create body) {
        Patient patient = patients.get(tenant, body.patientUuid());
        LocalDate asOf = body.asOfDate() == null ? LocalDate.now(ZoneOffset.UTC) : body.asOfDate();
        var problems = new ArrayList<FieldProblem>();
        List<PlannedProcedure> planned = planned(tenant, body.procedures(), asOf, problems);
        List<PatientPlan> chosen = coverages(tenant, patient, body.patientPlanUuids(), problems);
        UUID location = location(tenant, body.locationUuid(), problems);
        requireKnownProviders(tenant, body.procedures(), problems);
        refuseIfAny(problems);
        var mode = body.mode() == null ? EstimateRequests.Mode.treatment_plan : body.mode();
        return run(
                tenant,
                patient,
                asOf,
                chosen,
                location,
                planned,
                mode,
                body.applyLimits() == null || body.applyLimits());
    }

    /** The plans part of an estimate without procedures: what each coverage has left. 404 for an unknown patient. */
    Estimate.RemainingBenefits remaining(Tenant tenant, UUID patientId, LocalDate asOfDate) {
        Patient patient = patients.get(tenant, patientId);
        LocalDate asOf = asOfDate == null ? LocalDate.now(ZoneOffset.UTC) : asOfDate;
        Estimate full = run(
                tenant,
                patient,
                asOf,
                patientPlans.inForceForPatient(tenant, patientId),
                null,
                List.of(),
                EstimateRequests.Mode.treatment_plan,
                true);
        return new Estimate.RemainingBenefits(full.patient(), asOf, full.plans());
    }

    private Estimate run(
            Tenant tenant,
            Patient patient,
            LocalDate asOf,
            List<PatientPlan> chosen,
            UUID location,
            List<PlannedProcedure> planned,
            EstimateRequests.Mode mode,
            boolean applyLimits) {
        EstimateInputs inputs = loader.load(tenant, patient, chosen, location, asOf, planned);
        var problems = new ArrayList<FieldProblem>();
        EstimateInput input = EngineInputs.of(inputs, engineMode(mode), applyLimits, problems);
        refuseIfAny(problems);
        return EstimateResponses.of(inputs, mode, engineTime.record(() -> EstimationEngine.estimate(input)));
    }

    /** The request's procedures with their codes, in one query; an unknown code is a problem at its index. */
    private List<PlannedProcedure> planned(
            Tenant tenant, List<EstimateRequests.Procedure> procedures, LocalDate asOf, List<FieldProblem> problems) {
        var wanted = procedures.stream()
                .map(p -> Substitutions.normalise(p.procedureCode()))
                .toList();
        Map<String, ProcedureCode> codes = procedureCodes.findByCodes(tenant, wanted);
        var planned = new ArrayList<PlannedProcedure>();
        for (int i = 0; i < procedures.size(); i++) {
            var p = procedures.get(i);
            ProcedureCode code = codes.get(wanted.get(i));
            if (code == null) {
                problems.add(FieldProblem.at(
                        List.of("body", "procedures", i, "procedure_code"),
                        "unknown procedure code " + wanted.get(i),
                        "value_error"));
                continue;
            }
            planned.add(new PlannedProcedure(
                    i,
                    p.ref() == null ? "p" + (i + 1) : p.ref(),
                    code,
                    p,
                    p.dateOfService() == null ? asOf : p.dateOfService()));
        }
        return planned;
    }

    private List<PatientPlan> coverages(Tenant tenant, Patient patient, List<UUID> ids, List<FieldProblem> problems) {
        if (ids == null) {
            return patientPlans.inForceForPatient(tenant, patient.id());
        }
        Map<UUID, PatientPlan> found = patientPlans.findAll(tenant, ids);
        var chosen = new ArrayList<PatientPlan>();
        for (int i = 0; i < ids.size(); i++) {
            PatientPlan pp = found.get(ids.get(i));
            if (pp == null || !pp.patientId().equals(patient.id()) || pp.deletedAt() != null || chosen.contains(pp)) {
                problems.add(FieldProblem.at(
                        List.of("body", "patient_plan_uuids", i),
                        "not an insurance plan of this patient",
                        "value_error"));
            } else {
                chosen.add(pp);
            }
        }
        return chosen;
    }

    private UUID location(Tenant tenant, UUID given, List<FieldProblem> problems) {
        if (given != null) {
            if (locations.refs(tenant, List.of(given)).isEmpty()) {
                problems.add(FieldProblem.body("location_uuid", "unknown location", "value_error"));
            }
            return given;
        }
        var only = locations.onlyLive(tenant);
        if (only.isEmpty()) {
            problems.add(FieldProblem.body(
                    "location_uuid", "required unless the organisation has exactly one live location", "missing"));
            return null;
        }
        return only.get();
    }

    /** An unknown provider would silently pick another fee than the one the provider charges: 422 instead. */
    private void requireKnownProviders(
            Tenant tenant, List<EstimateRequests.Procedure> procedures, List<FieldProblem> problems) {
        Set<UUID> given = procedures.stream()
                .map(EstimateRequests.Procedure::providerUuid)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (given.isEmpty()) {
            return;
        }
        var known = providers.refs(tenant, given);
        for (int i = 0; i < procedures.size(); i++) {
            UUID provider = procedures.get(i).providerUuid();
            if (provider != null && !known.containsKey(provider)) {
                problems.add(FieldProblem.at(
                        List.of("body", "procedures", i, "provider_uuid"),
                        "unknown provider in this organisation",
                        "value_error"));
            }
        }
    }

    private static EstimateInput.Mode engineMode(EstimateRequests.Mode mode) {
        return switch (mode) {
            case treatment_plan -> EstimateInput.Mode.TREATMENT_PLAN;
            case independent -> EstimateInput.Mode.INDEPENDENT;
        };
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems);
        }
    }
}
