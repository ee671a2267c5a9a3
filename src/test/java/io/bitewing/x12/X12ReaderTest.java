package io.bitewing.x12;

import static io.bitewing.x12.X12ReadingGoldenTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.shared.web.ApiException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class X12ReaderTest {

    private static final String ACTIVE = new String(resource("eligibility-active.271"), StandardCharsets.UTF_8);

    private static ApiException.Invalid refusal(String body, String transactionSet) {
        try {
            X12Reader.read(body.getBytes(StandardCharsets.UTF_8), transactionSet);
        } catch (ApiException.Invalid e) {
            return e;
        }
        throw new AssertionError("was read");
    }

    private static Object position(ApiException.Invalid e) {
        return e.problems().get(0).loc().get(2);
    }

    @Test
    void readsEverySegmentWithItsPositionWhateverTheLineBreaks() {
        var read = X12Reader.read(("\uFEFF" + ACTIVE.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8), "271");
        assertThat(read.segments().get(0).tag()).isEqualTo("ISA");
        assertThat(read.segments().get(read.segments().size() - 1).tag()).isEqualTo("IEA");
        assertThat(read.transactionTypes()).containsExactly("271");
        assertThat(read.segments().get(21).text()).isEqualTo("EB*A**23^41*****0.00****Y~");
    }

    @Test
    void refusesATruncatedInterchangeNamingWhereItStops() {
        String truncated = ACTIVE.substring(0, ACTIVE.indexOf("EB*I"));
        var refusal = refusal(truncated, "271");
        assertThat(refusal.problems().get(0).msg()).contains("segment");
        assertThat((Integer) position(refusal)).isGreaterThan(30);
    }

    @Test
    void refusesAVersionItDoesNotReadAtTheGsSegment() {
        var refusal = refusal(ACTIVE.replace("005010X279A1", "006020X279"), "271");
        assertThat(position(refusal)).isEqualTo(2);
        assertThat(refusal.problems().get(0).msg()).contains("006020X279");
    }

    @Test
    void refusesTextThatIsNotX12AtTheFirstSegment() {
        var refusal = refusal("{\"hello\": \"world\"}", "271");
        assertThat(position(refusal)).isEqualTo(1);
        assertThat(refusal.problems().get(0).msg()).contains("not an X12 interchange");
    }

    @Test
    void refusesAnotherTransactionSetAtItsStSegment() {
        var refusal = refusal(ACTIVE, "835");
        assertThat(position(refusal)).isEqualTo(3);
    }

    @Test
    void refusesATransactionSetWhoseSegmentCountIsWrong() {
        var refusal = refusal(ACTIVE.replaceFirst("SE\\*\\d+\\*0001", "SE*7*0001"), "271");
        assertThat(refusal.problems().get(0).msg()).containsIgnoringCase("segment");
        assertThat((Integer) position(refusal)).isGreaterThan(30);
    }

    @Test
    void refusesMoreSegmentsThanOneRequestReads() {
        String msgs = "MSG*FILLER~".repeat(X12Reader.MAX_SEGMENTS + 5);
        var refusal = refusal(ACTIVE.replace("EB*X~", "EB*X~" + msgs), "271");
        assertThat(position(refusal)).isEqualTo(X12Reader.MAX_SEGMENTS + 1);
        assertThat(refusal.problems().get(0).type()).isEqualTo("x12_size");
    }
}
