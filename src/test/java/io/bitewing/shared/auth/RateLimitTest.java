package io.bitewing.shared.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.shared.BitewingProperties;
import io.bitewing.shared.web.ProblemWriter;
import io.bitewing.support.ApiTestSupport;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The limiter on its own, with a budget small enough to exhaust; the shared test context runs with it off. */
class RateLimitTest extends ApiTestSupport {

    @Autowired
    ProblemWriter problems;

    @Autowired
    BitewingProperties props;

    @Test
    void aTokenPastItsBudgetGets429WithRetryAfterWhileOtherTokensCarryOn() throws Exception {
        var limit = new RateLimit(3, props, problems);
        var token = Caller.ofToken(UUID.randomUUID(), UUID.randomUUID(), Role.staff);
        for (int i = 0; i < 3; i++) {
            assertThat(call(limit, token).getStatus()).isEqualTo(200);
        }
        var refused = call(limit, token);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(refused.getContentAsString()).contains("\"detail\"");
        assertThat(call(limit, Caller.ofToken(UUID.randomUUID(), UUID.randomUUID(), Role.staff))
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void zeroTurnsTheLimitOff() throws Exception {
        var limit = new RateLimit(0, props, problems);
        var token = Caller.ofToken(UUID.randomUUID(), UUID.randomUUID(), Role.staff);
        for (int i = 0; i < 100; i++) {
            assertThat(call(limit, token).getStatus()).isEqualTo(200);
        }
    }

    @Test
    void unsetItIsOffForTheDemoAndGenerousOtherwise() {
        var demo = new BitewingProperties(null, null, null, true);
        var production = new BitewingProperties(null, null, null, false);
        assertThat(new RateLimit(null, demo, problems).perMinute()).isZero();
        assertThat(new RateLimit(null, production, problems).perMinute()).isEqualTo(RateLimit.DEFAULT_PER_MINUTE);
    }

    private static MockHttpServletResponse call(RateLimit limit, Caller caller) throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/v1/" + caller.orgId() + "/insurance/plans");
        caller.attachTo(request);
        var response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
