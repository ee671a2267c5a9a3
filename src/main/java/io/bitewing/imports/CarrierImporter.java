package io.bitewing.imports;

import io.bitewing.carrier.Carrier;
import io.bitewing.carrier.CarrierRequests;
import io.bitewing.carrier.CarrierService;
import io.bitewing.imports.ImportReader.CarrierInput;
import io.bitewing.imports.ImportReports.CarrierReport;
import io.bitewing.imports.ImportReports.CarrierResult;
import io.bitewing.imports.ImportReports.Status;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Patch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carriers imported by natural key: a row matches the live carrier with its electronic_id when it gives one and one
 * has it, else the live carrier with its name (both ignoring case and surrounding blanks). A matched carrier gets the
 * fields the row gives that differ, as a PATCH would (its version moves on); one that already holds them is left
 * alone; a row matching none creates a carrier. Every write goes through {@link CarrierService}, so each keeps its
 * checks and audit record.
 */
@Service
class CarrierImporter {

    private final CarrierService carriers;
    private final JsonMapper json;

    CarrierImporter(CarrierService carriers, JsonMapper json) {
        this.carriers = carriers;
        this.json = json;
    }

    /**
     * All or nothing: any row's problem is a 422 listing every row's problems, and nothing stays written. Matched
     * rows are merged one by one; new carriers are created together at the end, in one batch.
     */
    @Transactional
    CarrierReport apply(Tenant tenant, List<CarrierInput> rows, Progress progress) {
        var live = new LiveCarriers(carriers.findAllLive(tenant));
        var problems = new RowProblems();
        var results = new CarrierResult[rows.size()];
        var creates = new ArrayList<Integer>();
        var matched = new HashMap<UUID, Integer>();
        var added = new HashMap<String, Integer>();
        for (int i = 0; i < rows.size(); i++) {
            CarrierInput row = rows.get(i);
            CarrierRequests.Create body = row.body();
            Carrier match = live.byElectronicId(body.electronicId());
            if (match == null) {
                match = live.byName(body.carrierName());
            }
            Integer earlier =
                    match != null ? matched.putIfAbsent(match.id(), row.row()) : firstOf(added, row.row(), body);
            if (earlier != null) {
                problems.add(row.at(), null, "names the same carrier as row " + earlier);
            } else if (match == null) {
                creates.add(i);
            } else {
                try {
                    results[i] = merge(tenant, row, match);
                } catch (ApiException e) {
                    problems.refused(e, List.of("body"), row.at());
                }
            }
            progress.done(i + 1 - creates.size());
        }
        problems.requireNone();
        List<UUID> ids = carriers.createAll(
                tenant, creates.stream().map(i -> rows.get(i).body()).toList());
        for (int k = 0; k < ids.size(); k++) {
            int i = creates.get(k);
            results[i] = new CarrierResult(rows.get(i).row(), Status.created, ids.get(k));
        }
        progress.done(rows.size());
        return CarrierReport.of(List.of(results));
    }

    private CarrierResult merge(Tenant tenant, CarrierInput row, Carrier match) {
        CarrierRequests.Create body = row.body();
        List<String> changed = new ArrayList<>(FieldDiff.changed(json, body, match, Set.of()));
        if (body.carrierName().strip().equals(match.carrierName())) {
            changed.remove("carrier_name"); // the service strips the name: surrounding blanks change nothing
        }
        if (changed.isEmpty()) {
            return new CarrierResult(row.row(), Status.unchanged, match.id());
        }
        var update = FieldDiff.update(json, body, changed, match.version(), CarrierRequests.Update.class);
        carriers.update(tenant, match.id(), update, new Patch(Set.copyOf(changed)));
        return new CarrierResult(row.row(), Status.updated, match.id());
    }

    /** The earlier row creating a carrier of this name or electronic id, else null (this row is now the first). */
    private static Integer firstOf(Map<String, Integer> added, int row, CarrierRequests.Create body) {
        Integer byName = added.putIfAbsent("name:" + LiveCarriers.key(body.carrierName()), row);
        Integer byId = body.electronicId() == null
                ? null
                : added.putIfAbsent("electronic_id:" + LiveCarriers.key(body.electronicId()), row);
        return byName != null ? byName : byId;
    }
}
