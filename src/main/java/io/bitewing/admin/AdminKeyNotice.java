package io.bitewing.admin;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Shows a generated admin key on the console at start-up, so a local user can reach the admin API. A key the
 * operator supplied is never printed, and neither goes through the logging system.
 */
@Component
class AdminKeyNotice {

    private final AdminKey adminKey;

    AdminKeyNotice(AdminKey adminKey) {
        this.adminKey = adminKey;
    }

    @EventListener(ApplicationReadyEvent.class)
    void print() {
        adminKey.printable().ifPresent(key -> System.out.println("""

                Bitewing admin key (kept in the data directory as admin-token): %s
                """.formatted(key)));
    }
}
