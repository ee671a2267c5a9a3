package io.bitewing.shared.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void show() throws Exception {
        Class.forName("io.bitewing.shared.web.OpenApiConfig");
        var r = ModelConverters.getInstance(true)
                .resolveAsResolvedSchema(new AnnotatedType(io.bitewing.carrier.Carrier.class).resolveAsRef(true));
        System.out.println("SCHEMA " + r.schema.getName() + " " + WireModelResolver.written("Carrier"));
    }
}
