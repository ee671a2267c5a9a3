package io.bitewing.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write route the application serves, found from its own handler mappings so that a new endpoint is covered
 * without editing this test, refuses a read_only token.
 */
class RoleSweepTest extends ApiTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void readOnlyTokensAreRefusedOnEveryWriteRoute() {
        var org = newOrg();
        String readOnly = org.tokenWithRole("read_only");
        var allowed = new ArrayList<String>();
        int checked = 0;
        for (var info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/{org_id}/")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (method == RequestMethod.GET) {
                        continue;
                    }
                    String path = pattern.replace("{org_id}", org.id().toString())
                            .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    int status = org.as(readOnly).basePath("").body(Map.of())
                            .request(method.name(), path).then().extract().statusCode();
                    checked++;
                    if (status != 403) {
                        allowed.add(method + " " + pattern + " -> " + status);
                    }
                }
            }
        }
        assertThat(checked).as("write routes found").isGreaterThanOrEqualTo(12);
        assertThat(allowed).as("write routes that did not refuse a read_only token").isEmpty();
    }
}
