package io.bitewing.demo;

import io.bitewing.shared.auth.Tenant;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Fills an organisation a test made with the demo's rows, as the demo organisation holds them. */
public final class DemoOrganisation {

    private DemoOrganisation() {}

    public static void populate(ApplicationContext context, UUID orgId) {
        DemoSeed seed = context.getBean(DemoSeed.class);
        context.getBean(TransactionTemplate.class)
                .executeWithoutResult(status -> seed.populate(new Tenant(orgId, null)));
    }
}
