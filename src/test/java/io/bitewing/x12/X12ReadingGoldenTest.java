package io.bitewing.x12;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.x12.BenefitReading.Item;
import io.bitewing.x12.BenefitReading.Network;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Golden files: our own 271s read into benefit readings, compared line by line with the expected reading. */
class X12ReadingGoldenTest {

    static byte[] resource(String name) {
        try (InputStream in = X12ReadingGoldenTest.class.getResourceAsStream("/x12/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** The interchange with each SE01 set to its transaction set's segment count, after a test edited segments. */
    static String recount(String interchange) {
        var out = new StringBuilder();
        int count = 0;
        for (String segment : interchange.split("~")) {
            String s = segment.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("ST*")) {
                count = 0;
            }
            count++;
            if (s.startsWith("SE*")) {
                s = "SE*" + count + s.substring(s.indexOf('*', 3));
            }
            out.append(s).append("~\n");
        }
        return out.toString();
    }

    static String render(BenefitReading.Result result) {
        var lines = result.items().stream().map(X12ReadingGoldenTest::line).collect(Collectors.toList());
        result.accumulators()
                .forEach(a -> lines.add("accumulator " + a.benefit() + " " + a.accumulator() + " " + a.network()
                        + " st=" + a.serviceType() + " " + a.amount().toPlainString()));
        result.lastVisits().forEach(v -> lines.add("last visit " + v.procedureCode() + " " + v.date()));
        result.otherPayers()
                .forEach(p -> lines.add("other payer " + p.entityCode() + " " + p.name() + " " + p.idQualifier() + " "
                        + p.id() + " " + p.coverageFrom() + ".." + p.coverageTo() + " type=" + p.insuranceType()
                        + " refs=" + p.references()));
        return String.join("\n", lines) + "\n";
    }

    private static String line(Item item) {
        var p = item.proposed();
        String what = p == null
                ? item.reason()
                : p.benefitType() + " target="
                        + (p.procedureCode() != null
                                ? p.procedureCode()
                                : p.categoryName() != null ? p.categoryName() : "general")
                        + field(" level", p.coverageLevel()) + field(" percent", p.percent())
                        + field(
                                " amount",
                                p.amount() == null ? null : p.amount().toPlainString())
                        + field(" period", p.timePeriod()) + field(" qualifier", p.quantityQualifier())
                        + field(" quantity", p.quantity()) + field(" age_min", p.ageMin())
                        + field(" waiting_months", p.waitingPeriodMonths())
                        + (p.deductibleExempt() ? " deductible_exempt" : "");
        var derived = item.notes().stream()
                .filter(n -> n.startsWith("derived") || n.startsWith("EB08"))
                .toList();
        return item.position() + " " + item.kind() + ": " + what + (derived.isEmpty() ? "" : " " + derived);
    }

    private static String field(String name, Object value) {
        return value == null ? "" : name + "=" + value;
    }

    @Test
    void readsEveryBenefitOfAnActive271IntoTheExpectedReadings() {
        var interchange = X12Reader.read(resource("eligibility-active.271"), "271");
        var result = BenefitReading.read(Eligibility271.of(interchange.segments()), Network.in, false);
        assertThat(render(result))
                .isEqualTo(new String(resource("eligibility-active.expected.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void readsWaitingPeriodsOtherPayersCountsAndInformationalCodesIntoTheExpectedReadings() {
        var interchange = X12Reader.read(resource("eligibility-forms.271"), "271");
        var result = BenefitReading.read(Eligibility271.of(interchange.segments()), Network.in, false);
        assertThat(render(result))
                .isEqualTo(new String(resource("eligibility-forms.expected.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void readsEb08AsTheInsurersShareForACarrierMarkedCoinsuranceInverted() {
        var interchange = X12Reader.read(resource("eligibility-active.271"), "271");
        var result = BenefitReading.read(Eligibility271.of(interchange.segments()), Network.in, true);
        assertThat(render(result))
                .contains("23 rule: coinsurance target=Restorative percent=20 [EB08 read as the insurer's share")
                .contains("22 rule: coinsurance target=Diagnostic percent=0 [EB08");
    }
}
