package io.bitewing.imports;

import io.bitewing.imports.ImportReports.CarrierReport;
import io.bitewing.imports.ImportReports.PlanReport;
import io.bitewing.shared.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance")
@Tag(
        name = "Imports",
        description = "Bulk onboarding: carriers, and plans with their benefits, from JSON or CSV, matched by natural "
                + "key so the same file can be sent again; large imports run in the background.")
class ImportController {

    private static final String CSV = ImportBody.CSV;
    private static final String ASYNC =
            "Run in the background and answer 202 with the run at once; imports of more " + "than 500 rows always do.";
    private static final String COMMON = " All or nothing: every row is checked first, and any problem is one 422 "
            + "listing every faulty row (JSON: loc [\"body\", list, index, field] from 0; CSV: [\"body\", row, column], "
            + "rows from 1 after the header, blank lines not counted), with nothing written. A row gives the fields "
            + "it sets (a blank CSV cell or a JSON null is a field not given; an import never clears one). Answers "
            + "200 with one result per row (created, updated or unchanged) and the totals; importing the same file "
            + "again answers every row unchanged and writes nothing. More than 500 rows, or async=true: 202 with a "
            + "background run (GET …/imports/{import_uuid}) that ends with the same report, or with the 422's "
            + "problems as its errors. CSV: UTF-8, a header naming the columns in any order; an unknown column is a "
            + "422.";
    private static final String CARRIERS = "Create or update carriers by natural key: a row matches the live carrier "
            + "with its electronic_id when one has it, else the live carrier with its carrier_name (ignoring case and "
            + "surrounding blanks). A matched carrier gets the fields the row gives that differ, as a PATCH would "
            + "(its version moves on); a row matching none creates a carrier. JSON: {\"carriers\": [carrier create "
            + "bodies]}; CSV: the carrier create fields as columns (carrier_name, electronic_id, address_line1, "
            + "city, phone, trust_level, …). At most 10,000 rows." + COMMON;
    private static final String PLANS = "Create or update plans by natural key, carrier and group_number (ignoring "
            + "case and surrounding blanks; when several live plans of the carrier share the group number, plan_type "
            + "then group_name choose). The carrier is named by carrier_uuid, carrier_electronic_id or carrier_name "
            + "and must exist (import carriers first). A matched plan gets the fields the row gives that differ; "
            + "plan_type cannot change. Benefits replace the plan's set when they differ and leave it alone when "
            + "equal; a plan row without benefits keeps the plan's. JSON: {\"plans\": [plan create bodies with the "
            + "carrier key and a benefits list as a bulk benefit set takes it, procedure_code allowed]}; CSV: one "
            + "record per benefit with the plan's columns repeated (or blank) on each, a record with blank benefit "
            + "columns adding none. At most 5,000 plans of 500 benefits." + COMMON;
    private static final String CARRIERS_CSV = "carrier_name,electronic_id,phone,city\n"
            + "Delta Dental of Oregon,CDOR1,800-555-0100,Portland\n\"Cigna Dental, PPO\",62308,,\n";
    private static final String PLANS_CSV =
            "carrier_name,group_number,group_name,plan_type,benefit_type,coverage_category_uuid,percent,monetary_amt\n"
                    + "Delta Dental of Oregon,G-100,Acme Corp,ppo_percentage,annual_max,,,1500\n"
                    + "Delta Dental of Oregon,G-100,Acme Corp,ppo_percentage,deductible,,,50\n";

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    // Any Content-Type reaches the handler, so that the role check comes first and a wrong type is a 415 after it.
    @PostMapping("/carriers/import")
    @Operation(summary = "Import carriers", description = CARRIERS)
    @ApiResponse(
            responseCode = "200",
            description = "The import was applied.",
            content = @Content(schema = @Schema(implementation = CarrierReport.class)))
    @ApiResponse(
            responseCode = "202",
            description = "The import runs in the background.",
            content = @Content(schema = @Schema(implementation = ImportRun.class)))
    ResponseEntity<Object> importCarriers(
            Tenant tenant,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(implementation = ImportRequests.CarrierImport.class)),
                                @Content(mediaType = CSV, schema = @Schema(type = "string", example = CARRIERS_CSV))
                            })
                    @RequestBody(required = false)
                    byte[] body,
            @Parameter(description = ASYNC) @RequestParam(name = "async", defaultValue = "false") boolean async,
            HttpServletRequest request) {
        return answer(imports.carriers(tenant, ImportBody.of(request.getContentType(), body), async));
    }

    @PostMapping("/plans/import")
    @Operation(summary = "Import plans with their benefits", description = PLANS)
    @ApiResponse(
            responseCode = "200",
            description = "The import was applied.",
            content = @Content(schema = @Schema(implementation = PlanReport.class)))
    @ApiResponse(
            responseCode = "202",
            description = "The import runs in the background.",
            content = @Content(schema = @Schema(implementation = ImportRun.class)))
    ResponseEntity<Object> importPlans(
            Tenant tenant,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(implementation = ImportRequests.PlanImportDoc.class)),
                                @Content(mediaType = CSV, schema = @Schema(type = "string", example = PLANS_CSV))
                            })
                    @RequestBody(required = false)
                    byte[] body,
            @Parameter(description = ASYNC) @RequestParam(name = "async", defaultValue = "false") boolean async,
            HttpServletRequest request) {
        return answer(imports.plans(tenant, ImportBody.of(request.getContentType(), body), async));
    }

    @GetMapping("/imports/{import_uuid}")
    @Operation(
            summary = "Get import run",
            description = "A background import: its status (running, completed, failed), progress (rows done of "
                    + "total), and once it ends its report or its errors. Raises 404 if the run does not exist.")
    ImportRun get(Tenant tenant, @PathVariable("import_uuid") UUID id) {
        return imports.get(tenant, id);
    }

    private static ResponseEntity<Object> answer(ImportService.Outcome outcome) {
        return outcome.run() != null
                ? ResponseEntity.status(HttpStatus.ACCEPTED).body(outcome.run())
                : ResponseEntity.ok(outcome.report());
    }
}
