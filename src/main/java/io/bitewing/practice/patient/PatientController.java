package io.bitewing.practice.patient;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.bitewing.shared.web.Sort;
import io.bitewing.shared.web.Sorted;
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
@RequestMapping("/api/v1/{org_id}/patients")
@Tag(name = "Patients", description = "The practice's patients: who insurance is verified and estimated for.")
class PatientController {

    private final PatientService patients;

    PatientController(PatientService patients) {
        this.patients = patients;
    }

    @GetMapping
    @Operation(
            summary = "List patients",
            description = "List live patients, searchable by name (\"Smith\", "
                    + "\"Smith, Jo\" or \"John Smith\"). Archived patients never appear.")
    Page<Patient> list(
            Tenant tenant,
            @Parameter(description = "Text search on the patient's name; \"Last, First\" is understood.")
                    @RequestParam(required = false)
                    String search,
            PageRequest page,
            @Sorted(PatientSorts.class) Sort sort) {
        return patients.list(tenant, search, sort, page);
    }

    @GetMapping("/{patient_uuid}")
    @Operation(
            summary = "Get patient",
            description = "Retrieve a single patient by UUID, archived ones included. "
                    + "Raises 404 if the patient does not exist.")
    Patient get(Tenant tenant, @PathVariable("patient_uuid") UUID id) {
        return patients.get(tenant, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create patient",
            description =
                    "Create a patient. first_name and last_name are required; " + "birthdate may not be in the future.")
    Patient create(Tenant tenant, @Valid @RequestBody PatientRequests.Create body) {
        return patients.create(tenant, body);
    }

    @PatchMapping("/{patient_uuid}")
    @Operation(
            summary = "Update patient",
            description = "Update fields of a patient; absent fields are unchanged and "
                    + "a field sent as null is cleared (first_name and last_name may not be). Raises 404 if the patient does "
                    + "not exist, 409 if base_version does not match.")
    Patient update(
            Tenant tenant,
            @PathVariable("patient_uuid") UUID id,
            @Valid @RequestBody PatientRequests.Update body,
            Patch patch) {
        return patients.update(tenant, id, body, patch);
    }

    @PostMapping("/{patient_uuid}/archive")
    @Operation(
            summary = "Archive patient",
            description = "Soft-delete a patient by setting deleted_at. It stays "
                    + "readable by id but leaves lists; archiving again changes nothing. Raises 404 if the patient does not "
                    + "exist.")
    Patient archive(Tenant tenant, @PathVariable("patient_uuid") UUID id) {
        return patients.archive(tenant, id);
    }
}
