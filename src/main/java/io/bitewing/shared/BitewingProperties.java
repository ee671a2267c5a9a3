package io.bitewing.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every setting the service reads, bound from {@code BITEWING_*} environment variables
 * (Spring's relaxed binding turns {@code BITEWING_DATA_DIR} into {@code bitewing.data-dir}).
 *
 * @param dataDir    where the embedded PostgreSQL and the generated tokens live
 * @param database   an external PostgreSQL; when its url is blank the embedded one starts
 * @param adminToken the admin key; generated into the data dir when blank
 * @param demo       seed the demo organisation; blank means "only on the embedded database"
 */
@ConfigurationProperties("bitewing")
public record BitewingProperties(Path dataDir, Database database, String adminToken, Boolean demo) {

    public BitewingProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        database = database == null ? new Database(null, null, null, false) : database;
    }

    /** @param ephemeral embedded only: a throw-away cluster in a temp dir (tests) */
    public record Database(String url, String user, String password, boolean ephemeral) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public boolean demoEnabled() {
        return demo != null ? demo : !database.external();
    }
}
