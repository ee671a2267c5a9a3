package io.bitewing.x12;

import io.bitewing.estimatebook.entry.EvidenceService;
import io.bitewing.history.ClaimHistoryService;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.practice.procedurecode.ProcedureCode;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.x12.Remittance835.Claim;
import io.bitewing.x12.Remittance835.Line;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * 835 remittances posted to claim history: each service line matched to a patient plan (member id and patient name)
 * and a procedure code becomes a received row, closes the pending rows of its service and, where a book takes
 * evidence, becomes estimate-book evidence. A reversal (CLP02 22) takes back what the claim's earlier lines posted;
 * what cannot be matched goes to the review list with the reason. The same trace imported again changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class RemittanceService {

    private final InterchangeRepository interchanges;
    private final RemittanceRepository remittances;
    private final MemberMatchRepository members;
    private final PatientPlanService patientPlans;
    private final ProcedureCodeService codes;
    private final ClaimHistoryService history;
    private final EvidenceService evidence;
    private final JsonMapper json;

    RemittanceService(
            InterchangeRepository interchanges,
            RemittanceRepository remittances,
            MemberMatchRepository members,
            PatientPlanService patientPlans,
            ProcedureCodeService codes,
            ClaimHistoryService history,
            EvidenceService evidence,
            JsonMapper json) {
        this.interchanges = interchanges;
        this.remittances = remittances;
        this.members = members;
        this.patientPlans = patientPlans;
        this.codes = codes;
        this.history = history;
        this.evidence = evidence;
        this.json = json;
    }

    /**
     * Imports every 835 transaction set of the interchange (422 naming the segment when it is not a well-formed 835)
     * in one transaction and answers the summary. Transaction sets whose trace was imported before are skipped; when
     * all were, nothing at all is written and the summary says so.
     */
    @Transactional
    public RemittanceSummary import835(Tenant tenant, byte[] body) {
        var interchange = X12Reader.read(body, "835");
        List<Remittance835> all = Remittance835.all(interchange.segments());
        Map<String, UUID> known = remittances.findTraces(
                tenant.orgId(),
                all.stream().map(Remittance835::trace).filter(t -> t != null).toList());
        var fresh = new ArrayList<Remittance835>();
        var skipped = new ArrayList<RemittanceSummary.AlreadyImported>();
        var traces = new HashSet<String>();
        for (Remittance835 r : all) {
            if (r.trace() != null && known.containsKey(r.trace())) {
                skipped.add(new RemittanceSummary.AlreadyImported(r.trace(), known.get(r.trace())));
            } else if (r.trace() == null || traces.add(r.trace())) {
                fresh.add(r);
            }
        }
        if (fresh.isEmpty()) {
            return RemittanceSummary.nothingNew(all.size(), skipped);
        }
        UUID interchangeId = Ids.newId();
        interchanges.insert(tenant.orgId(), interchangeId, "835", new String(body, StandardCharsets.UTF_8), "{}");
        var posting = new Posting(tenant, interchangeId);
        for (Remittance835 r : fresh) {
            if (r.trace() != null) {
                remittances.insertRemittance(tenant.orgId(), Ids.newId(), interchangeId, r.trace(), r.paidTotal());
            }
            r.claims().forEach(posting::claim);
        }
        RemittanceSummary summary = posting.finish(all.size(), skipped);
        interchanges.updateSummary(tenant.orgId(), interchangeId, json.writeValueAsString(summary));
        return summary;
    }

    /** What could not be posted, newest first; optionally of one interchange. */
    Page<ReviewItem> reviews(Tenant tenant, UUID interchangeId, PageRequest page) {
        return remittances.reviews(tenant.orgId(), interchangeId, page);
    }

    /** One import's work: claims are read in order, rows written together at the end. */
    private final class Posting {
        final Tenant tenant;
        final UUID interchangeId;
        final RemittanceSummary.Counter count = new RemittanceSummary.Counter();
        final Map<String, java.util.Optional<UUID>> matched = new HashMap<>();
        final Map<String, ProcedureCode> liveCodes = new HashMap<>();
        final Set<String> postedBefore = new HashSet<>();
        final List<ClaimHistoryService.Received> received = new ArrayList<>();
        final List<RemittanceRepository.NewLine> lines = new ArrayList<>();
        final List<ClaimHistoryService.Service> services = new ArrayList<>();
        final List<EvidenceService.ClaimPayment> payments = new ArrayList<>();
        final List<RemittanceRepository.NewReview> reviews = new ArrayList<>();
        final Map<UUID, PatientPlan> plans = new HashMap<>();

        Posting(Tenant tenant, UUID interchangeId) {
            this.tenant = tenant;
            this.interchangeId = interchangeId;
        }

        void claim(Claim claim) {
            count.claims++;
            count.lines += claim.lines().size();
            UUID patientPlan = match(claim);
            if (patientPlan == null) {
                review(
                        claim,
                        null,
                        "no single patient plan matches member id " + claim.memberId() + ", " + claim.lastName() + ", "
                                + claim.firstName());
                return;
            }
            if (claim.reversal()) {
                reverse(claim, patientPlan);
                return;
            }
            if (claim.lines().isEmpty()) {
                review(claim, null, "claim without service lines (SVC): nothing to post per procedure");
                return;
            }
            for (Line line : claim.lines()) {
                line(claim, line, patientPlan);
            }
        }

        private UUID match(Claim claim) {
            if (claim.memberId() == null || claim.memberId().isBlank() || claim.lastName() == null) {
                return null;
            }
            String key = claim.memberId() + "|" + claim.lastName() + "|" + claim.firstName();
            return matched.computeIfAbsent(key, k -> {
                        List<UUID> found = members.find(
                                tenant.orgId(), claim.memberId(), claim.lastName(), claim.firstName(), null);
                        return found.size() == 1 ? java.util.Optional.of(found.get(0)) : java.util.Optional.empty();
                    })
                    .orElse(null);
        }

        /** CLP02 22: every line this claim posted earlier (and not yet reversed) is taken back. */
        private void reverse(Claim claim, UUID patientPlan) {
            var earlier = remittances.findPosted(tenant.orgId(), List.of(claim.claimRef())).stream()
                    .filter(p -> p.patientPlanId().equals(patientPlan))
                    .toList();
            if (earlier.isEmpty()) {
                review(claim, null, "reversal (CLP02 22) of a claim no earlier remittance posted here");
                return;
            }
            history.removeAll(
                    tenant,
                    earlier.stream().map(RemittanceRepository.Posted::historyId).toList());
            remittances.markReversed(
                    tenant.orgId(),
                    earlier.stream().map(RemittanceRepository.Posted::id).toList());
            count.reversed += earlier.size();
            count.matched += claim.lines().size();
        }

        private void line(Claim claim, Line line, UUID patientPlan) {
            ProcedureCode code = code(line);
            java.time.LocalDate date = line.serviceDate() != null ? line.serviceDate() : claim.statementDate();
            String problem = code == null
                    ? "procedure " + line.qualifier() + ":" + line.procedureCode()
                            + " is not one of the organisation's live codes"
                    : date == null
                            ? "no service date (DTM*472 on the line or DTM*232 on the claim)"
                            : line.paid() == null || line.billed() == null
                                    ? "no billed or paid amount (SVC02/SVC03)"
                                    : line.paid().signum() < 0 || line.billed().signum() < 0
                                            ? "a negative amount outside a reversal"
                                            : null;
            if (problem != null) {
                review(claim, line, problem);
                return;
            }
            String key = claim.claimRef() + "|" + patientPlan + "|" + code.code() + "|" + date;
            boolean supplemental = postedBefore(claim, key);
            var notes = new StringBuilder("835 claim " + claim.claimRef());
            BigDecimal patientShare = line.patientResponsibility();
            if (patientShare != null) {
                notes.append("; patient responsibility ").append(patientShare.toPlainString());
            }
            if (line.paid().signum() == 0 && !line.reasons().isEmpty()) {
                notes.append("; not paid: ").append(String.join(", ", line.reasons()));
                count.denied++;
            }
            if (supplemental) {
                notes.append("; supplemental payment");
                count.supplemental++;
            }
            received.add(new ClaimHistoryService.Received(
                    patientPlan,
                    code.code(),
                    date,
                    line.units(),
                    supplemental ? null : line.billed(),
                    line.paid(),
                    nonNegative(line.deductible()),
                    nonNegative(line.writeOff()),
                    notes.toString()));
            lines.add(new RemittanceRepository.NewLine(
                    Ids.newId(),
                    claim.claimRef(),
                    claim.payerClaimRef(),
                    claim.status(),
                    patientPlan,
                    code.code(),
                    date,
                    null,
                    line.billed(),
                    line.paid(),
                    line.deductible(),
                    line.writeOff(),
                    patientShare));
            services.add(new ClaimHistoryService.Service(patientPlan, code.code(), date));
            if (line.paid().signum() > 0 && !supplemental) {
                BigDecimal allowed = line.paid().add(patientShare == null ? BigDecimal.ZERO : patientShare);
                payments.add(new EvidenceService.ClaimPayment(
                        planOf(patientPlan), code.id(), date, line.paid(), allowed, role(claim.status())));
            }
            count.matched++;
            count.billed = count.billed.add(line.billed());
            count.paid = count.paid.add(line.paid());
            count.patientResponsibility =
                    count.patientResponsibility.add(patientShare == null ? BigDecimal.ZERO : patientShare);
        }

        /** A line whose claim, code and date an earlier remittance (or claim of this one) already posted. */
        private boolean postedBefore(Claim claim, String key) {
            if (postedBefore.isEmpty() || !postedBefore.contains("claim:" + claim.claimRef())) {
                postedBefore.add("claim:" + claim.claimRef());
                remittances
                        .findPosted(tenant.orgId(), List.of(claim.claimRef()))
                        .forEach(p -> postedBefore.add(p.claimRef() + "|" + p.patientPlanId() + "|" + p.procedureCode()
                                + "|" + p.dateOfService()));
            }
            return !postedBefore.add(key);
        }

        private ProcedureCode code(Line line) {
            if (!"AD".equals(line.qualifier()) || line.procedureCode().isEmpty()) {
                return null;
            }
            return liveCodes.computeIfAbsent(
                    line.procedureCode(),
                    c -> codes.findByCodes(tenant, List.of(c)).get(c.toUpperCase()));
        }

        private UUID planOf(UUID patientPlan) {
            return plans.computeIfAbsent(patientPlan, id -> patientPlans.get(tenant, id))
                    .subscription()
                    .insurancePlan()
                    .id();
        }

        private void review(Claim claim, Line line, String reason) {
            if (line == null && !claim.lines().isEmpty()) {
                claim.lines().forEach(l -> review(claim, l, reason));
                return;
            }
            reviews.add(new RemittanceRepository.NewReview(
                    Ids.newId(),
                    claim.claimRef(),
                    line == null ? null : line.procedureCode(),
                    line == null ? claim.statementDate() : line.serviceDate(),
                    line == null ? claim.paid() : line.paid(),
                    reason,
                    line == null
                            ? claim.text()
                            : claim.text().substring(0, Math.min(claim.text().length(), 200)) + " … " + line.text()));
            count.unmatched++;
        }

        RemittanceSummary finish(int transactionSets, List<RemittanceSummary.AlreadyImported> skipped) {
            List<UUID> historyIds = history.recordReceived(tenant, received);
            var posted = new ArrayList<RemittanceRepository.NewLine>();
            for (int i = 0; i < lines.size(); i++) {
                var l = lines.get(i);
                posted.add(new RemittanceRepository.NewLine(
                        l.id(),
                        l.claimRef(),
                        l.payerClaimRef(),
                        l.claimStatus(),
                        l.patientPlanId(),
                        l.procedureCode(),
                        l.dateOfService(),
                        historyIds.get(i),
                        l.billed(),
                        l.paid(),
                        l.deductible(),
                        l.writeOff(),
                        l.patientResponsibility()));
            }
            remittances.insertLines(tenant.orgId(), interchangeId, posted);
            remittances.insertReviews(tenant.orgId(), interchangeId, reviews);
            count.pendingClosed = history.closePending(tenant, services);
            count.evidence = evidence.recordClaimPayments(tenant, payments);
            return count.summary(interchangeId, transactionSets, skipped);
        }
    }

    private static BigDecimal nonNegative(BigDecimal amount) {
        return amount == null || amount.signum() < 0 ? null : amount;
    }

    /** CLP02 1 and 19 pay as primary, 2 and 20 as secondary; the rest (3, 21, 4) are recorded as primary. */
    private static String role(String status) {
        return status.equals("2") || status.equals("20") ? "secondary" : "primary";
    }
}
