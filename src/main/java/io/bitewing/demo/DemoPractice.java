package io.bitewing.demo;

import io.bitewing.practice.location.LocationRequests;
import io.bitewing.practice.patient.Patient.Gender;
import io.bitewing.practice.patient.PatientRequests;
import io.bitewing.practice.procedurecode.ProcedureCode.SubstitutionCondition;
import io.bitewing.practice.procedurecode.ProcedureCode.TreatArea;
import io.bitewing.practice.procedurecode.ProcedureCodeRequests;
import io.bitewing.practice.provider.ProviderRequests;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo practice: invented people and places, and a small procedure catalogue described in plain words of our
 * own (CDT descriptors are the ADA's copyright; practices import their licensed file).
 */
final class DemoPractice {

    private DemoPractice() {}

    static final List<LocationRequests.Create> LOCATIONS = List.of(
            new LocationRequests.Create(
                    "Maple Street Office",
                    "12 Maple Street",
                    null,
                    "Springfield",
                    "IL",
                    "62701",
                    "217-555-0110",
                    "1234567893",
                    "12-3456789"),
            new LocationRequests.Create(
                    "Riverside Office",
                    "400 River Road",
                    "Suite 2",
                    "Springfield",
                    "IL",
                    "62702",
                    "217-555-0120",
                    null,
                    null));

    static final List<ProviderRequests.Create> PROVIDERS = List.of(
            new ProviderRequests.Create("Avery", "Chen", "1922334455", "General dentistry"),
            new ProviderRequests.Create("Jordan", "Okafor", "1933445566", "Periodontics"));

    static final List<PatientRequests.Create> PATIENTS = List.of(
            patient("Maria", "Rivera", LocalDate.of(1984, 3, 14), Gender.female),
            patient("Daniel", "Rivera", LocalDate.of(1982, 11, 2), Gender.male),
            patient("Sofia", "Rivera", LocalDate.of(2015, 6, 21), Gender.female),
            patient("Samuel", "Brooks", LocalDate.of(1958, 1, 30), Gender.male),
            patient("Priya", "Natarajan", LocalDate.of(1996, 9, 8), Gender.female));

    static final List<ProcedureCodeRequests.Create> PROCEDURE_CODES = List.of(
            code("D0120", "Routine recall exam", "Diagnostic", TreatArea.mouth),
            code("D0140", "Problem-focused exam", "Diagnostic", TreatArea.mouth),
            code("D0150", "New patient full exam", "Diagnostic", TreatArea.mouth),
            code("D0210", "Full set of mouth x-rays", "X-Ray", TreatArea.mouth),
            code("D0220", "Single periapical x-ray", "X-Ray", TreatArea.tooth),
            code("D0272", "Two bitewing x-rays", "X-Ray", TreatArea.mouth),
            code("D0274", "Four bitewing x-rays", "X-Ray", TreatArea.mouth),
            code("D0330", "Panoramic x-ray", "X-Ray", TreatArea.mouth),
            code("D1110", "Adult cleaning", "Preventive", TreatArea.mouth),
            code("D1120", "Child cleaning", "Preventive", TreatArea.mouth),
            code("D1206", "Fluoride varnish", "Preventive", TreatArea.mouth),
            code("D1208", "Fluoride treatment", "Preventive", TreatArea.mouth),
            code("D1351", "Sealant per tooth", "Preventive", TreatArea.tooth),
            code("D2140", "Silver filling, one surface", "Restorative", TreatArea.surf),
            code("D2150", "Silver filling, two surfaces", "Restorative", TreatArea.surf),
            substituted("D2391", "Back-tooth white filling, one surface", "D2140"),
            substituted("D2392", "Back-tooth white filling, two surfaces", "D2150"),
            code("D2740", "Porcelain crown", "Crowns", TreatArea.tooth),
            code("D2750", "Porcelain-fused-to-metal crown", "Crowns", TreatArea.tooth),
            code("D2790", "Full gold crown", "Crowns", TreatArea.tooth),
            code("D3330", "Molar root canal", "Endo", TreatArea.tooth),
            code("D4341", "Deep cleaning, four or more teeth per quadrant", "Perio", TreatArea.quad),
            code("D4342", "Deep cleaning, one to three teeth per quadrant", "Perio", TreatArea.quad),
            code("D4910", "Gum maintenance cleaning", "Perio", TreatArea.mouth),
            code("D5110", "Full upper denture", "Prosth", TreatArea.arch),
            code("D5120", "Full lower denture", "Prosth", TreatArea.arch),
            code("D6010", "Implant body placement", "Implants", TreatArea.tooth),
            code("D7140", "Simple extraction", "Oral Surgery", TreatArea.tooth),
            code("D8080", "Comprehensive braces, adolescent", "Ortho", TreatArea.mouth),
            code("D9230", "Nitrous oxide", "Adjunctive", TreatArea.mouth));

    private static PatientRequests.Create patient(String first, String last, LocalDate birthdate, Gender gender) {
        return new PatientRequests.Create(
                first,
                last,
                null,
                birthdate,
                gender,
                "25 Elm Court",
                null,
                "Springfield",
                "IL",
                "62704",
                "217-555-0150",
                null);
    }

    private static ProcedureCodeRequests.Create code(String code, String description, String category, TreatArea area) {
        return new ProcedureCodeRequests.Create(
                code, description, category, area, null, SubstitutionCondition.never, false);
    }

    private static ProcedureCodeRequests.Create substituted(String code, String description, String substitute) {
        return new ProcedureCodeRequests.Create(
                code, description, "Restorative", TreatArea.surf, substitute, SubstitutionCondition.posterior, false);
    }
}
