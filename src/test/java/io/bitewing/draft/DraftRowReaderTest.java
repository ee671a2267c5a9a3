package io.bitewing.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.draft.DraftRow.Format;
import io.bitewing.patientplan.PatientPlan.Relationship;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DraftRowReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void readsAPayorRowWithItsSubscriberBlockAndDateTimes() {
        var reading = DraftRowReader.read(json("""
                {'id': 'p-1', 'insurance': {'name': 'Delta Dental', 'payer_id': 'DD1'}, 'group_number': 100200,
                 'plan_name': 'Acme PPO', 'plan_type': 'PR', 'relationship_to_subscriber': 'life_partner',
                 'payor_responsibility': 'tertiary', 'coverage_from': '2026-01-01T05:00:00Z', 'coverage_to': null,
                 'subscriber': {'first_name': ' Dan ', 'last_name': 'Rivera', 'dob': '1982-11-02T00:00:00',
                                'insured_member_id': 'W1'}, 'cob_notes': 'ignored'}"""));

        assertThat(reading.error()).isNull();
        assertThat(reading.row())
                .isEqualTo(new DraftRow(
                        Format.payor,
                        "p-1",
                        "Delta Dental",
                        "DD1",
                        "100200",
                        "Acme PPO",
                        "PR",
                        "Dan",
                        "Rivera",
                        LocalDate.of(1982, 11, 2),
                        "W1",
                        Relationship.spouse,
                        3,
                        LocalDate.of(2026, 1, 1),
                        null));
    }

    @Test
    void aPayorRowWithOnlyInsuranceIdNamesThePayerByIt() {
        var reading = DraftRowReader.read(json("""
                {'insurance_id': 'DDCA1', 'insured_member_id': 'M', 'relationship_to_subscriber': 'self'}"""));
        assertThat(reading.error()).isNull();
        assertThat(reading.row().electronicId()).isEqualTo("DDCA1");
        assertThat(reading.row().carrierName()).isNull();
    }

    @Test
    void readsAFlatRow() {
        var reading = DraftRowReader.read(json("""
                {'carrier_name': 'Guardian', 'electronic_id': '', 'group_number': 'G-1', 'group_name': 'Lakeside',
                 'subscriber_first_name': 'Ana', 'subscriber_last_name': 'Gil', 'subscriber_dob': '1990-01-01',
                 'subscriber_id_number': 'M1', 'relationship': 'Self', 'date_effective': '2026-01-01',
                 'date_term': '2026-12-31', 'source_ref': 'row-7'}"""));

        assertThat(reading.row())
                .isEqualTo(new DraftRow(
                        Format.flat,
                        "row-7",
                        "Guardian",
                        null,
                        "G-1",
                        "Lakeside",
                        null,
                        "Ana",
                        "Gil",
                        LocalDate.of(1990, 1, 1),
                        "M1",
                        Relationship.self,
                        null,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[]|the row is not a JSON object",
                "{'colour': 'red'}|the row is neither Payor-shaped nor flat: it has none of their fields",
                "{'carrier_name': 'G', 'subscriber_id_number': 'M', 'relationship': 'self', 'insurance': {}}|the row mixes Payor fields [insurance] with flat fields [carrier_name, relationship, subscriber_id_number]",
                "{'insurance': 'Delta', 'insured_member_id': 'M', 'relationship_to_subscriber': 'self'}|insurance must be an object",
                "{'insurance': {'name': 'D'}, 'insured_member_id': 'M', 'relationship_to_subscriber': 'self', 'subscriber': {'dob': 'yesterday'}}|dob is not a date (YYYY-MM-DD or an ISO date-time): yesterday",
                "{'insurance': {'name': 'D'}, 'relationship_to_subscriber': 'self'}|no member id: give insured_member_id",
                "{'insurance': {'payer_id': 'D1'}, 'insured_member_id': 'M'}|no relationship_to_subscriber",
                "{'insured_member_id': 'M', 'relationship_to_subscriber': 'self'}|no carrier: give insurance.name, insurance.payer_id or insurance_id (a payer id)",
                "{'carrier_name': 'G', 'subscriber_id_number': 1.5, 'relationship': 'self'}|subscriber_id_number must be text",
                "{'carrier_name': 'G', 'subscriber_id_number': 'M12345678901234567890123456789012345678901234567890', 'relationship': 'self'}|subscriber_id_number is longer than 50 characters"
            })
    void saysWhyARowCannotBeRead(String row, String reason) {
        assertThat(DraftRowReader.read(json(row)).error()).isEqualTo(reason);
    }

    @Test
    void aRowThatJsonbCannotHoldIsUnstorable() {
        assertThat(DraftRowReader.unstorable(json("{'a': ['ok', {'b': 'x\\u0000y'}]}")))
                .isEqualTo("contains a NUL character");
        assertThat(DraftRowReader.unstorable(json("{'a': 1e999999}"))).isEqualTo("holds a number out of range");
        assertThat(DraftRowReader.unstorable(json("{'a': 1.5, 'b': [1, true, null]}")))
                .isNull();
    }
}
