package io.bitewing.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Query strings are checked before any handler reads them: a value that is not UTF-8 (overlong forms included) or
 * that holds a NUL character is a 422 naming the parameter. Tomcat would otherwise drop such a parameter silently,
 * and PostgreSQL would refuse the NUL later as a failed statement.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 16)
class StrictQuery extends OncePerRequestFilter {

    private final ProblemWriter problems;

    StrictQuery(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var found = check(request.getQueryString());
        if (!found.isEmpty()) {
            problems.write(request, response, 422, found);
            return;
        }
        chain.doFilter(request, response);
    }

    static List<FieldProblem> check(String query) {
        var found = new ArrayList<FieldProblem>();
        if (query == null || query.isEmpty()) {
            return found;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = decode(rawName);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            String shown = name == null || StrictStrings.hasNul(name) ? "?" : name;
            if (name == null || value == null) {
                found.add(FieldProblem.query(shown, "must be percent-encoded UTF-8", "value_error"));
            } else if (StrictStrings.hasNul(name) || StrictStrings.hasNul(value)) {
                found.add(FieldProblem.query(shown, StrictStrings.NUL_MESSAGE, "value_error"));
            }
        }
        return found;
    }

    /** Percent-decodes strictly: malformed escapes and bytes that are not UTF-8 give null, never U+FFFD. */
    private static String decode(String raw) {
        var bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()
                        || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                // The container hands the raw query over byte for byte, one char each.
                bytes.write(c & 0xFF);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
