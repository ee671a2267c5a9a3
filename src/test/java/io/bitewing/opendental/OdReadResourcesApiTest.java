package io.bitewing.opendental;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.bitewing.support.ApiTestSupport;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dialect's Carriers, CovCats, ProcedureCodes and Patients, read (and carriers written) as Open Dental does. */
class OdReadResourcesApiTest extends ApiTestSupport {

    private static RequestSpecification od(Org org) {
        return given().port(org.port())
                .header("Authorization", "ODFHIR devkey/" + org.token())
                .contentType("application/json")
                .basePath("/opendental/api/v1");
    }

    private static int createCarrier(Org org, Map<String, Object> body) {
        return od(org).body(body)
                .post("/carriers")
                .then()
                .statusCode(201)
                .extract()
                .path("CarrierNum");
    }

    @Test
    void createsACarrierAndReadsItBackInOpenDentalsShape() {
        Org org = newOrg();
        var created = od(org).body(Map.of(
                        "CarrierName", "Delta Dental of Oregon",
                        "Address", "42960 Random Road",
                        "City", "Harrington",
                        "State", "PA",
                        "Zip", "52482",
                        "Phone", "(503)456-8910",
                        "ElectID", "18158",
                        "NoSendElect", "NoSendSecondaryElect"))
                .post("/carriers")
                .then()
                .statusCode(201)
                .body("CarrierName", equalTo("Delta Dental of Oregon"))
                .body("Address2", equalTo(""))
                .body("NoSendElect", equalTo("NoSendSecondaryElect"))
                .body("IsHidden", equalTo("false"))
                .extract();
        int carrierNum = created.path("CarrierNum");

        String json = od(org).get("/carriers/" + carrierNum)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(json)
                .isEqualTo("{\"CarrierNum\":" + carrierNum + ",\"CarrierName\":\"Delta Dental of Oregon\","
                        + "\"Address\":\"42960 Random Road\",\"Address2\":\"\",\"City\":\"Harrington\","
                        + "\"State\":\"PA\",\"Zip\":\"52482\",\"Phone\":\"(503)456-8910\",\"ElectID\":\"18158\","
                        + "\"NoSendElect\":\"NoSendSecondaryElect\",\"IsHidden\":\"false\"}");
        org.api()
                .get(
                        "/carriers/{id}",
                        org.api().get("/carriers").then().extract().<String>path("items[0].id"))
                .then()
                .body("electronic_filing_type", equalTo("do_not_send_secondary_electronically"))
                .body("address_line1", equalTo("42960 Random Road"));
    }

    @Test
    void aCarrierWithOnlyANameReadsOpenDentalsDefaults() {
        Org org = newOrg();
        od(org).body(Map.of("CarrierName", "Plain Carrier"))
                .post("/carriers")
                .then()
                .statusCode(201)
                .body("NoSendElect", equalTo("SendElect"))
                .body("IsHidden", equalTo("false"))
                .body("ElectID", equalTo(""));
    }

    @Test
    void updatesOnlyTheCarrierFieldsSentAndAnswersTheWholeCarrier() {
        Org org = newOrg();
        int carrierNum = createCarrier(org, Map.of("CarrierName", "Aetna", "City", "Hartford", "ElectID", "60054"));

        od(org).body(Map.of("Phone", "860-273-0123", "IsHidden", "true", "City", ""))
                .put("/carriers/" + carrierNum)
                .then()
                .statusCode(200)
                .body("CarrierNum", equalTo(carrierNum))
                .body("CarrierName", equalTo("Aetna"))
                .body("ElectID", equalTo("60054"))
                .body("Phone", equalTo("860-273-0123"))
                .body("City", equalTo(""))
                .body("IsHidden", equalTo("true"));
        od(org).body(Map.of("CarrierName", "Aetna Dental"))
                .put("/carriers/" + carrierNum)
                .then()
                .statusCode(200)
                .body("CarrierName", equalTo("Aetna Dental"))
                .body("Phone", equalTo("860-273-0123"))
                .body("IsHidden", equalTo("true"));
    }

    @Test
    void listsCarriersInCarrierNumOrderWithOffsetAndLimit() {
        Org org = newOrg();
        int first = createCarrier(org, Map.of("CarrierName", "Zeta"));
        int second = createCarrier(org, Map.of("CarrierName", "Alpha", "IsHidden", "true"));
        int third = createCarrier(org, Map.of("CarrierName", "Mid"));

        od(org).get("/carriers").then().statusCode(200).body("CarrierNum", equalTo(List.of(first, second, third)));
        od(org).queryParam("Offset", 1)
                .queryParam("Limit", 1)
                .get("/carriers")
                .then()
                .statusCode(200)
                .body("CarrierNum", equalTo(List.of(second)));
    }

    @Test
    void refusesACarrierWithoutAName() {
        Org org = newOrg();
        od(org).body(Map.of("City", "Portland"))
                .post("/carriers")
                .then()
                .statusCode(400)
                .body(equalTo("\"CarrierName is required.\""));
        od(org).body(Map.of("CarrierName", "X", "Fax", "1"))
                .post("/carriers")
                .then()
                .statusCode(400)
                .body(equalTo("\"Fax is not a valid field.\""));
    }

    @Test
    void anUnknownCarrierNumOrAnotherOrganisationsIsNotFound() {
        Org org = newOrg();
        Org other = newOrg();
        int theirs = createCarrier(other, Map.of("CarrierName", "Theirs"));

        od(org).get("/carriers/999999999").then().statusCode(404).body(equalTo("\"Carrier not found.\""));
        od(org).get("/carriers/" + theirs).then().statusCode(404).body(equalTo("\"Carrier not found.\""));
        od(org).body(Map.of("City", "Salem"))
                .put("/carriers/" + theirs)
                .then()
                .statusCode(404)
                .body(equalTo("\"Carrier not found.\""));
        od(other).get("/carriers/" + theirs).then().statusCode(200).body("City", equalTo(""));
    }

    @Test
    void readsADefaultCoverageCategoryWithItsEbenefitCat() {
        Org org = newOrg();
        List<Map<String, Object>> natives = org.api()
                .queryParam("page_size", 200)
                .get("/coverage-categories")
                .then()
                .extract()
                .path("items");
        assertThat(natives).hasSize(15);
        Map<String, String> expected = Map.ofEntries(
                Map.entry("General", "General"),
                Map.entry("Diagnostic", "Diagnostic"),
                Map.entry("X-Ray", "DiagnosticXRay"),
                Map.entry("Preventive", "RoutinePreventive"),
                Map.entry("Restorative", "Restorative"),
                Map.entry("Endo", "Endodontics"),
                Map.entry("Perio", "Periodontics"),
                Map.entry("Oral Surgery", "OralSurgery"),
                Map.entry("Crowns", "Crowns"),
                Map.entry("Prosth", "Prosthodontics"),
                Map.entry("Maxillofacial Prosth", "MaxillofacialProsth"),
                Map.entry("Implants", "None"),
                Map.entry("Accident", "Accident"),
                Map.entry("Ortho", "Orthodontics"),
                Map.entry("Adjunctive", "Adjunctive"));
        for (Map<String, Object> category : natives) {
            Object num = category.get("od_num");
            od(org).get("/covcats/" + num)
                    .then()
                    .statusCode(200)
                    .body("CovCatNum", equalTo(num))
                    .body("Description", equalTo(category.get("category_name")))
                    .body("DefaultPercent", equalTo(-1))
                    .body("CovOrder", equalTo(category.get("item_order")))
                    .body("IsHidden", equalTo("false"))
                    .body("EbenefitCat", equalTo(expected.get((String) category.get("category_name"))));
        }
    }

    @Test
    void listsTheFifteenDefaultCoverageCategoriesInCovOrderWithTheirEbenefitCats() {
        Org org = newOrg();
        od(org).get("/covcats")
                .then()
                .statusCode(200)
                .body("$", hasSize(15))
                .body("CovOrder", equalTo(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)))
                .body("Description[0]", equalTo("General"))
                .body("EbenefitCat[0]", equalTo("General"))
                .body("find { it.Description == 'Preventive' }.EbenefitCat", equalTo("RoutinePreventive"))
                .body("find { it.Description == 'X-Ray' }.EbenefitCat", equalTo("DiagnosticXRay"))
                .body("find { it.Description == 'Implants' }.EbenefitCat", equalTo("None"))
                .body("DefaultPercent", everyItem(equalTo(-1)));
        od(org).queryParam("Offset", 14).get("/covcats").then().body("Description", equalTo(List.of("Adjunctive")));
    }

    @Test
    void anUnknownCovCatNumIsNotFound() {
        Org org = newOrg();
        Org other = newOrg();
        Object theirs = other.api().get("/coverage-categories").then().extract().path("items[0].od_num");

        od(org).get("/covcats/999999999").then().statusCode(404).body(equalTo("\"CovCat not found.\""));
        od(org).get("/covcats/" + theirs).then().statusCode(404).body(equalTo("\"CovCat not found.\""));
    }

    @Test
    void readsAProcedureCodeByCodeNum() {
        Org org = newOrg();
        var created = org.practice()
                .body(Map.of(
                        "code", "D2392",
                        "description", "Resin-based composite - two surfaces, posterior",
                        "category", "Restorative",
                        "treat_area", "surf",
                        "substitution_code", "D2150",
                        "substitution_condition", "molar"))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract();
        Object codeNum = created.path("od_num");

        od(org).get("/procedurecodes/" + codeNum)
                .then()
                .statusCode(200)
                .body("CodeNum", equalTo(codeNum))
                .body("ProcCode", equalTo("D2392"))
                .body("Descript", equalTo("Resin-based composite - two surfaces, posterior"))
                .body("ProcTime", equalTo("/X/"))
                .body("ProcCat", equalTo(0))
                .body("procCat", equalTo("Restorative"))
                .body("TreatArea", equalTo("Surf"))
                .body("NoBillIns", equalTo("false"))
                .body("SubstitutionCode", equalTo("D2150"))
                .body("SubstOnlyIf", equalTo("Molar"))
                .body("DateTStamp", matchesPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        od(org).get("/procedurecodes").then().statusCode(200).body("CodeNum", hasItems(codeNum));
        od(org).get("/procedurecodes/999999999").then().statusCode(404).body(equalTo("\"ProcedureCode not found.\""));
    }

    @Test
    void readsAPatientInOpenDentalsShape() {
        Org org = newOrg();
        Object patNum = org.practice()
                .body(Map.of(
                        "first_name", "Peter",
                        "last_name", "Smithson",
                        "birthdate", "1976-05-24",
                        "gender", "male",
                        "phone", "503-555-0101",
                        "email", "peter@example.com"))
                .post("/patients")
                .then()
                .statusCode(201)
                .extract()
                .path("od_num");

        od(org).get("/patients/" + patNum)
                .then()
                .statusCode(200)
                .body("PatNum", equalTo(patNum))
                .body("LName", equalTo("Smithson"))
                .body("FName", equalTo("Peter"))
                .body("MiddleI", equalTo(""))
                .body("PatStatus", equalTo("Patient"))
                .body("Gender", equalTo("Male"))
                .body("Position", equalTo("Single"))
                .body("Birthdate", equalTo("1976-05-24"))
                .body("HmPhone", equalTo("503-555-0101"))
                .body("Guarantor", equalTo(patNum))
                .body("Email", equalTo("peter@example.com"));
        od(org).get("/patients/999999999").then().statusCode(404).body(equalTo("\"Patient not found.\""));
        od(org).delete("/patients/" + patNum)
                .then()
                .statusCode(400)
                .body(equalTo("\"Patients cannot be deleted through the API.\""));
    }

    @Test
    void findsPatientsByPartOfTheLastNameWithTheServerTimeFirst() {
        Org org = newOrg();
        Org other = newOrg();
        for (Org each : List.of(org, other)) {
            each.practice()
                    .body(Map.of("first_name", "Peter", "last_name", "Smithson", "birthdate", "1976-05-24"))
                    .post("/patients")
                    .then()
                    .statusCode(201);
        }
        org.practice()
                .body(Map.of("first_name", "Ann", "last_name", "Jones"))
                .post("/patients")
                .then()
                .statusCode(201);

        String json = od(org).queryParam("LName", "MITH")
                .get("/patients/Simple")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].LName", equalTo("Smithson"))
                .body("[0].PatStatus", equalTo("Patient"))
                .extract()
                .asString();
        assertThat(json).startsWith("[{\"serverDateTime\":\"");
        od(org).queryParam("LName", "smi")
                .queryParam("FName", "eter")
                .queryParam("Birthdate", "1976-05-24")
                .get("/patients/Simple")
                .then()
                .body("$", hasSize(1));
        od(org).queryParam("Birthdate", "1976-05-25")
                .get("/patients/Simple")
                .then()
                .body("$", hasSize(0));
        od(org).get("/patients").then().statusCode(200).body("LName", hasItems("Smithson", "Jones"));
        od(org).queryParam("Birthdate", "24/05/1976")
                .get("/patients/Simple")
                .then()
                .statusCode(400)
                .body(equalTo("\"Birthdate must be a date as yyyy-MM-dd.\""));
    }
}
