package io.bitewing.admin;

import io.bitewing.shared.logging.LogFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Shows a generated admin key on the console at start-up, so a local user can reach the admin API. A key the
 * operator supplied is never printed, and neither goes through the logging system. With JSON logs the console is a
 * log stream bound for a collector, so only where the key is kept is logged, never the key.
 */
@Component
class AdminKeyNotice {

    private static final Logger log = LoggerFactory.getLogger(AdminKeyNotice.class);

    private final AdminKey adminKey;
    private final Environment environment;

    AdminKeyNotice(AdminKey adminKey, Environment environment) {
        this.adminKey = adminKey;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void print() {
        if (adminKey.printable().isEmpty()) {
            return;
        }
        if (LogFormat.structured(environment)) {
            log.info("Admin key generated; it is kept in the data directory as admin-token");
        } else {
            System.out.println("""

                    Bitewing admin key (kept in the data directory as admin-token): %s
                    """.formatted(adminKey.printable().get()));
        }
    }
}
