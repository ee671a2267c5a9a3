package io.bitewing.admin;

import io.bitewing.shared.BitewingProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.springframework.stereotype.Component;

/**
 * The service's admin key: {@code BITEWING_ADMIN_TOKEN} when set, otherwise generated once and kept in the data dir
 * (readable by its owner only) so it survives restarts.
 */
@Component
class AdminKey {

    private final String key;
    private final boolean generated;

    AdminKey(BitewingProperties props) {
        if (props.adminToken() != null && !props.adminToken().isBlank()) {
            this.key = props.adminToken();
            this.generated = false;
        } else {
            this.key = readOrCreate(props.dataDir().resolve("admin-token"));
            this.generated = true;
        }
    }

    boolean matches(String presented) {
        return TokenSecrets.sameSecret(key, presented);
    }

    /** The key to show at start-up; empty when the operator supplied it (they know it, logs should not). */
    java.util.Optional<String> printable() {
        return generated ? java.util.Optional.of(key) : java.util.Optional.empty();
    }

    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            String token = TokenSecrets.newToken();
            Files.writeString(file, token);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the file keeps the platform's default permissions
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the admin token in " + file, e);
        }
    }
}
