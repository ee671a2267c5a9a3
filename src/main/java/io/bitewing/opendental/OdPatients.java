package io.bitewing.opendental;

import io.bitewing.opendental.OdNumberRepository.Numbered;
import io.bitewing.practice.patient.Patient;
import io.bitewing.practice.patient.PatientService;
import io.bitewing.shared.auth.Tenant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open Dental's Patients API over the practice's patients, read-only. An archived patient stays readable, as
 * PatStatus Archived, the status Open Dental gives a patient taken out of use.
 */
@Service
@Transactional(readOnly = true)
class OdPatients {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PatientService patients;
    private final OdNumberRepository numbers;

    OdPatients(PatientService patients, OdNumberRepository numbers) {
        this.patients = patients;
        this.numbers = numbers;
    }

    OdPatient get(Tenant tenant, long patNum) {
        UUID id = numbers.idOf(tenant.orgId(), Numbered.PATIENT, patNum)
                .orElseThrow(() -> OdException.notFound("Patient not found."));
        return show(patients.get(tenant, id));
    }

    /**
     * Every patient, archived ones included (Open Dental's Simple search filters no status unless asked), changed
     * at or after DateTStamp when given. The server time is read before the search, so a change made while it runs
     * is found again by the next sync rather than missed.
     */
    List<OdPatient.Simple> simple(
            Tenant tenant, String lName, String fName, String birthdate, String dateTStamp, int offset, int limit) {
        String now = OdJson.dateTime(Instant.now());
        var search = new PatientService.Search(lName, fName, date(birthdate), dateTime(dateTStamp), true);
        return patients.searchByNumber(tenant, search, offset, limit).stream()
                .map(p -> new OdPatient.Simple(now, show(p)))
                .toList();
    }

    /** Open Dental's Patient Select: archived patients are left out, as its showArchived is off by default. */
    List<OdPatient.Brief> select(Tenant tenant, String lName, String fName, String birthdate, int offset, int limit) {
        var search = new PatientService.Search(lName, fName, date(birthdate), null, false);
        return patients.searchByNumber(tenant, search, offset, limit).stream()
                .map(p -> OdPatient.Brief.of(show(p)))
                .toList();
    }

    private static OdPatient show(Patient p) {
        long patNum = OdJson.num(p.odNum());
        return new OdPatient(
                patNum,
                p.lastName(),
                p.firstName(),
                OdJson.text(p.middleName()),
                "",
                p.deletedAt() == null ? "Patient" : "Archived",
                gender(p.gender()),
                "Single",
                OdJson.date(p.birthdate()),
                "",
                OdJson.text(p.addressLine1()),
                OdJson.text(p.addressLine2()),
                OdJson.text(p.city()),
                OdJson.text(p.state()),
                OdJson.text(p.zipCode()),
                OdJson.text(p.phone()),
                "",
                "",
                patNum,
                OdJson.text(p.email()),
                OdJson.dateTime(p.updatedAt()),
                OdJson.date(p.createdAt()));
    }

    /** Open Dental's Gender names; Other exists there too (since 22.3), so nothing folds. */
    private static String gender(Patient.Gender gender) {
        if (gender == null) {
            return "Unknown";
        }
        return switch (gender) {
            case male -> "Male";
            case female -> "Female";
            case other -> "Other";
            case unknown -> "Unknown";
        };
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw OdException.badRequest("Birthdate must be a date as yyyy-MM-dd.");
        }
    }

    /** Open Dental's "yyyy-MM-dd HH:mm:ss", read as UTC as the dialect writes it. */
    private static Instant dateTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw OdException.badRequest("DateTStamp must be a datetime as yyyy-MM-dd HH:mm:ss.");
        }
    }
}
