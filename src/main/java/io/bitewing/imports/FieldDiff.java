package io.bitewing.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an import row would change, found field by field from the JSON forms of the row's create body and the stored
 * entity, so a field added to either flows through without code here. A row gives the fields it sets (non-null);
 * it never clears one.
 */
final class FieldDiff {

    private FieldDiff() {}

    /** The fields the body sets whose stored value differs, in the body's order, leaving out {@code ignored}. */
    static List<String> changed(JsonMapper json, Object body, Object stored, Set<String> ignored) {
        ObjectNode given = json.valueToTree(body);
        JsonNode current = json.valueToTree(stored);
        var changed = new ArrayList<String>();
        for (var field : given.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value.isNull() || ignored.contains(name)) {
                continue;
            }
            if (!same(value, current.get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }

    /** An update body of the changed fields at {@code baseVersion}, typed as the entity's update route takes it. */
    static <T> T update(JsonMapper json, Object body, List<String> fields, int baseVersion, Class<T> type) {
        ObjectNode given = json.valueToTree(body);
        ObjectNode update = given.objectNode();
        update.put("base_version", baseVersion);
        fields.forEach(f -> update.set(f, given.get(f)));
        return json.treeToValue(update, type);
    }

    /** Money is a number in a request and a string in an answer; both mean the same amount. */
    private static boolean same(JsonNode given, JsonNode current) {
        if (current == null || current.isNull()) {
            return false;
        }
        if (given.isNumber()) {
            try {
                return given.decimalValue().compareTo(new BigDecimal(current.asString())) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return given.equals(current);
    }
}
