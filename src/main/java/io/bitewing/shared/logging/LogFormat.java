package io.bitewing.shared.logging;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code BITEWING_LOG_FORMAT}: {@code plain} (the default, for a person at a terminal), {@code json} (one JSON object
 * a line in the Elastic Common Schema, for a log collector) or {@code logstash}. It only chooses Spring Boot's
 * built-in structured format for the console ({@code logging.structured.format.console}); an operator who sets that
 * property directly wins. Read before the logging system starts, so an unknown value stops the start with a sentence
 * instead of falling back silently.
 */
public final class LogFormat implements EnvironmentPostProcessor {

    static final String PROPERTY = "bitewing.log-format";
    private static final Map<String, String> STRUCTURED = Map.of("json", "ecs", "logstash", "logstash");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = chosen(environment);
        if (STRUCTURED.containsKey(format)) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "bitewing-log-format",
                            Map.of("logging.structured.format.console", STRUCTURED.get(format))));
        }
    }

    /** True when the console carries JSON lines: nothing else may be printed there (start-up notices included). */
    public static boolean structured(Environment environment) {
        return !environment.getProperty("logging.structured.format.console", "").isBlank();
    }

    private static String chosen(Environment environment) {
        String format = environment.getProperty(PROPERTY, "plain").strip().toLowerCase(Locale.ROOT);
        if (!format.equals("plain") && !STRUCTURED.containsKey(format)) {
            throw new IllegalStateException(
                    "BITEWING_LOG_FORMAT must be plain, json or logstash, not '" + format + "'");
        }
        return format;
    }
}
