package io.bitewing.demo;

import io.bitewing.admin.AdminService;
import io.bitewing.shared.BitewingProperties;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.logging.LogFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a demo organisation once, so a new user can try every endpoint at once. Its id and token are kept in
 * {@code <data dir>/demo.env} (the token is stored nowhere else in clear), rewritten with the current port and printed
 * at every start (not with JSON logs, where the console is a log stream).
 */
@Component
class DemoData implements ApplicationRunner {

    static final String ORG_NAME = "Bitewing Demo Dental";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AdminService admin;
    private final DemoSeed seed;
    private final TransactionTemplate tx;
    private final BitewingProperties props;
    private final Environment environment;

    DemoData(
            AdminService admin,
            DemoSeed seed,
            TransactionTemplate tx,
            BitewingProperties props,
            Environment environment) {
        this.admin = admin;
        this.seed = seed;
        this.tx = tx;
        this.props = props;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!props.demoEnabled()) {
            return;
        }
        Path envFile = props.dataDir().resolve("demo.env");
        if (admin.findOrgByName(ORG_NAME).isEmpty()) {
            var created = tx.execute(status -> {
                var org = admin.createOrg(ORG_NAME);
                seed.populate(new Tenant(org.id(), null));
                return org;
            });
            write(envFile, created.id(), created.apiToken());
            log.info("Demo organisation created");
        } else if (Files.exists(envFile)) {
            // Same organisation and token, this start's port: a restart on another PORT must not leave a stale BW.
            var kept = read(envFile);
            write(envFile, UUID.fromString(kept.getProperty("ORG")), kept.getProperty("TOKEN"));
        }
        if (LogFormat.structured(environment)) {
            // The console is a JSON log stream bound for a collector: no plain text there, and no token.
            log.info("Demo organisation ready; its id and token are in {}", envFile);
        } else {
            print(envFile);
        }
    }

    private void write(Path file, UUID org, String token) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    "BW=http://localhost:%s%nORG=%s%nTOKEN=%s%n"
                            .formatted(environment.getProperty("local.server.port", "8080"), org, token));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static Properties read(Path file) {
        var values = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            values.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static void print(Path file) {
        if (!Files.exists(file)) {
            System.out.println(
                    "Demo organisation '" + ORG_NAME + "' exists; its token was not kept here (" + file + ")");
            return;
        }
        var values = read(file);
        System.out.println("""

                Bitewing demo organisation: %s
                  demo org id : %s
                  demo token  : %s
                  try it      : source %s && curl -H "Authorization: Bearer $TOKEN" $BW/api/v1/$ORG/insurance/carriers
                """.formatted(ORG_NAME, values.getProperty("ORG"), values.getProperty("TOKEN"), file));
    }
}
