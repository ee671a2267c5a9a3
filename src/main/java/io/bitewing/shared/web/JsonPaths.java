package io.bitewing.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Bean Validation reports Java property paths ({@code items[0].categoryUuid}); clients know the JSON names. */
final class JsonPaths {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private JsonPaths() {}

    static List<Object> of(String javaPath) {
        var loc = new ArrayList<Object>();
        var matcher = SEGMENT.matcher(javaPath);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                loc.add(snake(matcher.group(1)));
            } else {
                loc.add(Integer.parseInt(matcher.group(2)));
            }
        }
        return loc;
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
