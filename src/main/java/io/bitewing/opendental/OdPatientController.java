package io.bitewing.opendental;

import io.bitewing.shared.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open Dental's Patients resource, read-only here: patients are written through the native API
 * (/api/v1/{org}/patients), and Open Dental itself allows no deleting through its API.
 */
@RestController
@RequestMapping(OdAccess.PREFIX + "/patients")
@Tag(name = OdController.TAG)
class OdPatientController {

    private final OdPatients patients;

    OdPatientController(OdPatients patients) {
        this.patients = patients;
    }

    @GetMapping("/{PatNum}")
    @Operation(
            summary = "Patients GET (single)",
            description = "One patient by PatNum, archived ones included (PatStatus Archived). HmPhone is the "
                    + "patient's one phone; fields Bitewing keeps nothing for read Open Dental's defaults or are left "
                    + "out. 404 when there is none.")
    OdPatient get(Tenant tenant, @PathVariable("PatNum") long patNum) {
        return patients.get(tenant, patNum);
    }

    @GetMapping("/Simple")
    @Operation(
            summary = "Patients GET Simple",
            description = "Patients, archived ones included, in PatNum order, at most 100 from Offset; each item "
                    + "starts with serverDateTime, to send back as the next DateTStamp. LName and FName match any "
                    + "part, any case. 400 naming a malformed parameter.")
    List<OdPatient.Simple> simple(
            Tenant tenant,
            @Parameter(description = "Part of the last name.") @RequestParam(name = "LName", required = false)
                    String lName,
            @Parameter(description = "Part of the first name.") @RequestParam(name = "FName", required = false)
                    String fName,
            @Parameter(description = "yyyy-MM-dd.") @RequestParam(name = "Birthdate", required = false)
                    String birthdate,
            @Parameter(description = "yyyy-MM-dd HH:mm:ss (UTC): changed at or after.")
                    @RequestParam(name = "DateTStamp", required = false)
                    String dateTStamp,
            @Parameter(description = "Items to skip.") @RequestParam(name = "Offset", defaultValue = "0") int offset,
            @Parameter(description = "At most 100.") @RequestParam(name = "Limit", defaultValue = "100") int limit) {
        return patients.simple(
                tenant, lName, fName, birthdate, dateTStamp, OdController.offset(offset), OdController.limit(limit));
    }

    @GetMapping
    @Operation(
            summary = "Patients GET (multiple)",
            description = "Open Dental's Patient Select search with its reduced field set: live patients in PatNum "
                    + "order, at most 100 from Offset. LName and FName match any part, any case; [] when none.")
    List<OdPatient.Brief> list(
            Tenant tenant,
            @Parameter(description = "Part of the last name.") @RequestParam(name = "LName", required = false)
                    String lName,
            @Parameter(description = "Part of the first name.") @RequestParam(name = "FName", required = false)
                    String fName,
            @Parameter(description = "yyyy-MM-dd.") @RequestParam(name = "Birthdate", required = false)
                    String birthdate,
            @Parameter(description = "Items to skip.") @RequestParam(name = "Offset", defaultValue = "0") int offset,
            @Parameter(description = "At most 100.") @RequestParam(name = "Limit", defaultValue = "100") int limit) {
        return patients.select(tenant, lName, fName, birthdate, OdController.offset(offset), OdController.limit(limit));
    }

    @DeleteMapping("/{PatNum}")
    @Operation(
            summary = "Patients DELETE",
            description = "Refused with 400, as in Open Dental: patients cannot be deleted through the API.")
    void delete(@PathVariable("PatNum") long patNum) {
        throw OdException.badRequest("Patients cannot be deleted through the API.");
    }
}
