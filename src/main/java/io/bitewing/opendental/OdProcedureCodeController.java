package io.bitewing.opendental;

import io.bitewing.shared.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open Dental's ProcedureCodes resource, read-only: codes are written through the native API
 * (/api/v1/{org}/procedure-codes), which also imports them in bulk.
 */
@RestController
@RequestMapping(OdAccess.PREFIX + "/procedurecodes")
@Tag(name = OdController.TAG)
class OdProcedureCodeController {

    private final OdProcedureCodes codes;

    OdProcedureCodeController(OdProcedureCodes codes) {
        this.codes = codes;
    }

    @GetMapping("/{CodeNum}")
    @Operation(
            summary = "ProcedureCodes GET (single)",
            description = "One live procedure code by CodeNum. Fields Bitewing keeps nothing for read Open Dental's "
                    + "defaults (ProcTime \"/X/\", ProcCat 0, booleans \"false\"). 404 when there is none.")
    OdProcedureCode get(Tenant tenant, @PathVariable("CodeNum") long codeNum) {
        return codes.get(tenant, codeNum);
    }

    @GetMapping
    @Operation(
            summary = "ProcedureCodes GET (multiple)",
            description = "Live procedure codes in CodeNum order, at most 100 from Offset. DateTStamp is not "
                    + "offered: Bitewing filters no codes by change time, so a sync reads them all.")
    List<OdProcedureCode> list(
            Tenant tenant,
            @Parameter(description = "Items to skip.") @RequestParam(name = "Offset", defaultValue = "0") int offset,
            @Parameter(description = "At most 100.") @RequestParam(name = "Limit", defaultValue = "100") int limit) {
        return codes.list(tenant, OdController.offset(offset), OdController.limit(limit));
    }
}
