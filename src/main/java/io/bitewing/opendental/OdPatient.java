package io.bitewing.opendental;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A patient as Open Dental's Patients API shows it, in its field order, keeping to the fields Bitewing has something
 * behind: what it lacks reads Open Dental's defaults (Preferred "", Position "Single", Guarantor the patient itself),
 * and fields with nothing behind them at all (balances, providers, billing, clinic) are left out.
 */
@Schema(name = "OpenDental.Patient", description = "A patient in Open Dental's shape.")
record OdPatient(
        @JsonProperty("PatNum") long patNum,
        @JsonProperty("LName") String lName,
        @JsonProperty("FName") String fName,

        @JsonProperty("MiddleI") @Schema(description = "The middle name as kept.")
        String middleI,

        @JsonProperty("Preferred") String preferred,

        @JsonProperty("PatStatus") @Schema(description = "Patient, or Archived once archived.")
        String patStatus,

        @JsonProperty("Gender") @Schema(description = "Male, Female, Unknown or Other.")
        String gender,

        @JsonProperty("Position") String position,

        @JsonProperty("Birthdate") @Schema(description = "yyyy-MM-dd; \"0001-01-01\" for none.")
        String birthdate,

        @JsonProperty("SSN") @Schema(description = "Always \"\": Bitewing keeps no SSN.")
        String ssn,

        @JsonProperty("Address") String address,
        @JsonProperty("Address2") String address2,
        @JsonProperty("City") String city,
        @JsonProperty("State") String state,
        @JsonProperty("Zip") String zip,

        @JsonProperty("HmPhone") @Schema(description = "The patient's one phone number.")
        String hmPhone,

        @JsonProperty("WkPhone") String wkPhone,
        @JsonProperty("WirelessPhone") String wirelessPhone,

        @JsonProperty("Guarantor") @Schema(description = "The patient's own PatNum.")
        long guarantor,

        @JsonProperty("Email") String email,

        @JsonProperty("DateTStamp") @Schema(description = "Last changed, yyyy-MM-dd HH:mm:ss UTC.")
        String dateTStamp,

        @JsonProperty("SecDateEntry") @Schema(description = "Created, yyyy-MM-dd (UTC).")
        String secDateEntry) {

    /** An item of GET /patients/Simple: the server's time first, to send back as the next DateTStamp. */
    @Schema(name = "OpenDental.PatientSimple", description = "A patient with the server's time, for syncing.")
    record Simple(
            @JsonProperty("serverDateTime") @Schema(description = "yyyy-MM-dd HH:mm:ss UTC.")
            String serverDateTime,

            @JsonUnwrapped OdPatient patient) {}

    /** An item of GET /patients, Open Dental's Patient Select search: the reduced field set. */
    @Schema(name = "OpenDental.PatientBrief", description = "A patient as the Patient Select search shows it.")
    record Brief(
            @JsonProperty("PatNum") long patNum,
            @JsonProperty("LName") String lName,
            @JsonProperty("FName") String fName,
            @JsonProperty("MiddleI") String middleI,
            @JsonProperty("Preferred") String preferred,
            @JsonProperty("PatStatus") String patStatus,
            @JsonProperty("Birthdate") String birthdate,
            @JsonProperty("SSN") String ssn,
            @JsonProperty("Address") String address,
            @JsonProperty("Address2") String address2,
            @JsonProperty("City") String city,
            @JsonProperty("State") String state,
            @JsonProperty("Zip") String zip,
            @JsonProperty("HmPhone") String hmPhone,
            @JsonProperty("WkPhone") String wkPhone,
            @JsonProperty("WirelessPhone") String wirelessPhone,
            @JsonProperty("Email") String email) {

        static Brief of(OdPatient p) {
            return new Brief(
                    p.patNum(),
                    p.lName(),
                    p.fName(),
                    p.middleI(),
                    p.preferred(),
                    p.patStatus(),
                    p.birthdate(),
                    p.ssn(),
                    p.address(),
                    p.address2(),
                    p.city(),
                    p.state(),
                    p.zip(),
                    p.hmPhone(),
                    p.wkPhone(),
                    p.wirelessPhone(),
                    p.email());
        }
    }
}
