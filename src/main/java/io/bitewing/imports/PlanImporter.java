package io.bitewing.imports;

import io.bitewing.benefit.BenefitSetService;
import io.bitewing.carrier.Carrier;
import io.bitewing.carrier.CarrierService;
import io.bitewing.imports.ImportReader.PlanInput;
import io.bitewing.imports.ImportReports.BenefitsOutcome;
import io.bitewing.imports.ImportReports.PlanReport;
import io.bitewing.imports.ImportReports.PlanResult;
import io.bitewing.imports.ImportReports.Status;
import io.bitewing.imports.ImportRequests.CarrierKey;
import io.bitewing.plan.Plan;
import io.bitewing.plan.PlanRequests;
import io.bitewing.plan.PlanService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Patch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans imported by natural key, carrier and group number (ignoring case and surrounding blanks). Group numbers may
 * repeat under one carrier, so when several live plans share them the row's plan_type, then its group_name, choose
 * among them; a row still naming more than one is refused. A matched plan gets the fields the row gives that differ,
 * as a PATCH would; its benefits are replaced by the row's when they differ ({@link BenefitSetService}); a plan
 * holding both already is left alone. The carrier must exist: carriers are imported first.
 */
@Service
class PlanImporter {

    private static final Set<String> KEY_FIELDS = Set.of("carrier_uuid", "plan_type");

    private final CarrierService carriers;
    private final PlanService plans;
    private final BenefitSetService benefitSets;
    private final ImportReader reader;
    private final JsonMapper json;

    PlanImporter(
            CarrierService carriers,
            PlanService plans,
            BenefitSetService benefitSets,
            ImportReader reader,
            JsonMapper json) {
        this.carriers = carriers;
        this.plans = plans;
        this.benefitSets = benefitSets;
        this.reader = reader;
        this.json = json;
    }

    /** All or nothing: any row's problem is a 422 listing every row's problems, and nothing stays written. */
    @Transactional
    PlanReport apply(Tenant tenant, List<PlanInput> rows, Progress progress) {
        var live = new LiveCarriers(carriers.findAllLive(tenant));
        var problems = new RowProblems();
        var results = new ArrayList<PlanResult>();
        var matched = new HashMap<UUID, Integer>();
        var added = new HashMap<List<Object>, Integer>();
        int done = 0;
        for (PlanInput row : rows) {
            int before = problems.list().size();
            Carrier carrier = carrier(live, row, problems);
            PlanRequests.Create body =
                    carrier == null ? null : reader.planBody(row.plan(), carrier.id(), row.at(), problems.list());
            Plan match = body == null ? null : match(tenant, row, body, carrier, problems);
            if (problems.list().size() == before && body != null) {
                Integer earlier = match != null
                        ? matched.putIfAbsent(match.id(), row.row())
                        : added.putIfAbsent(newKey(carrier, body), row.row());
                if (earlier != null) {
                    problems.add(row.at(), "group_number", "names the same plan as row " + earlier);
                } else {
                    PlanResult result = write(tenant, row, body, match, carrier, problems);
                    if (result != null) {
                        results.add(result);
                    }
                }
            }
            progress.done(++done);
        }
        problems.requireNone();
        return PlanReport.of(results);
    }

    /** The row written through the plan and benefit services; null with its problems when one refused it. */
    private PlanResult write(
            Tenant tenant, PlanInput row, PlanRequests.Create body, Plan match, Carrier carrier, RowProblems problems) {
        try {
            Status status = Status.created;
            UUID planId;
            if (match == null) {
                planId = plans.create(tenant, body).id();
            } else {
                planId = match.id();
                status = merge(tenant, body, match) ? Status.updated : Status.unchanged;
            }
            BenefitsOutcome benefits = BenefitsOutcome.not_given;
            if (row.benefits() != null) {
                benefits = replaceBenefits(tenant, row, planId, problems);
                if (benefits == BenefitsOutcome.replaced && status == Status.unchanged) {
                    status = Status.updated;
                }
            }
            return new PlanResult(row.row(), status, planId, carrier.id(), benefits);
        } catch (ApiException e) {
            problems.refused(e, List.of("body"), row.at());
            return null;
        }
    }

    private boolean merge(Tenant tenant, PlanRequests.Create body, Plan match) {
        List<String> changed = FieldDiff.changed(json, body, match, KEY_FIELDS);
        if (changed.isEmpty()) {
            return false;
        }
        var update = FieldDiff.update(json, body, changed, match.version(), PlanRequests.Update.class);
        plans.change(tenant, match.id(), update, new Patch(Set.copyOf(changed)));
        return true;
    }

    private BenefitsOutcome replaceBenefits(Tenant tenant, PlanInput row, UUID planId, RowProblems problems) {
        try {
            return benefitSets.replaceIfDifferent(tenant, planId, row.benefits())
                    ? BenefitsOutcome.replaced
                    : BenefitsOutcome.unchanged;
        } catch (ApiException.Invalid e) {
            e.problems().forEach(p -> {
                var loc = p.loc();
                boolean atBenefit = loc.size() > 2 && loc.get(2) instanceof Integer;
                var from = atBenefit ? loc.subList(0, 3) : List.<Object>of("body");
                var to = atBenefit ? row.benefitsAt().get((Integer) loc.get(2)) : row.at();
                problems.refused(new ApiException.Invalid(List.of(p)), from, to);
            });
            return BenefitsOutcome.unchanged;
        }
    }

    /** The live carrier the row names; null with a problem when the organisation has none such. */
    private static Carrier carrier(LiveCarriers live, PlanInput row, RowProblems problems) {
        CarrierKey key = row.carrier();
        Carrier found = key.carrierUuid() != null
                ? live.byId(key.carrierUuid())
                : key.carrierElectronicId() != null
                        ? live.byElectronicId(key.carrierElectronicId())
                        : live.byName(key.carrierName());
        if (found == null) {
            String field = key.carrierUuid() != null
                    ? "carrier_uuid"
                    : key.carrierElectronicId() != null ? "carrier_electronic_id" : "carrier_name";
            problems.add(row.at(), field, "no live carrier of the organisation has this value; import carriers first");
        }
        return found;
    }

    /** The one live plan the row names, or null when none has its key (or the row could not be read). */
    private Plan match(Tenant tenant, PlanInput row, PlanRequests.Create body, Carrier carrier, RowProblems problems) {
        List<Plan> candidates = plans.findAllLiveByGroupNumber(tenant, carrier.id(), body.groupNumber());
        if (candidates.size() > 1) {
            candidates = narrowed(candidates, p -> p.planType() == body.planType());
        }
        if (candidates.size() > 1 && body.groupName() != null) {
            candidates = narrowed(candidates, p -> body.groupName().strip().equalsIgnoreCase(p.groupName()));
        }
        if (candidates.size() > 1) {
            problems.add(
                    row.at(),
                    "group_number",
                    candidates.size() + " live plans of the carrier have this group "
                            + "number, plan type and group name; give a distinct group_name or edit them one by one");
            return null;
        }
        Plan match = candidates.isEmpty() ? null : candidates.get(0);
        if (match != null && match.planType() != body.planType()) {
            problems.add(
                    row.at(),
                    "plan_type",
                    "the plan with this carrier and group number is a " + match.planType()
                            + " plan; a plan's type cannot change");
            return null;
        }
        return match;
    }

    private static List<Plan> narrowed(List<Plan> plans, Predicate<Plan> keep) {
        List<Plan> kept = plans.stream().filter(keep).toList();
        return kept.isEmpty() ? plans : kept;
    }

    private static List<Object> newKey(Carrier carrier, PlanRequests.Create body) {
        return List.of(
                carrier.id(),
                body.groupNumber().strip().toUpperCase(Locale.ROOT),
                body.planType().name());
    }
}
