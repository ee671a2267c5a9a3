package io.bitewing.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Whatever a client sends as X-Request-Id, what we log and echo is a plain token of at most 64 characters. */
class RequestIdProperties {

    private static final String SAFE = "[A-Za-z0-9._:-]{1,64}";

    @Property(tries = 500)
    void anyIncomingIdBecomesASafeOne(@ForAll String incoming) {
        assertThat(RequestIds.accept(incoming)).matches(SAFE);
    }

    @Property(tries = 200)
    void aSafeIdIsKeptAsItIs(
            @ForAll
                    @StringLength(min = 1, max = 64)
                    @CharRange(from = 'a', to = 'z')
                    @CharRange(from = '0', to = '9')
                    @Chars({'-', '.', ':', '_'})
                    String incoming) {
        assertThat(RequestIds.accept(incoming)).isEqualTo(incoming);
    }

    @Property(tries = 200)
    void anIdWithLineBreaksOrSpacesIsReplaced(
            @ForAll @StringLength(max = 30) String prefix, @ForAll @Chars({'\r', '\n', ' ', '\t', '<', '"'}) char bad) {
        assertThat(RequestIds.accept(prefix + bad))
                .doesNotContain(String.valueOf(bad))
                .matches(SAFE);
    }
}
