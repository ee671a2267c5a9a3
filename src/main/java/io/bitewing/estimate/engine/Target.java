package io.bitewing.estimate.engine;

import java.util.Set;

/**
 * What a benefit row aims at (estimation-rules.md §3): nothing (general), a category, a code group (its codes) or one code.
 * Specificity runs code > group > category > general.
 */
public sealed interface Target {
    int specificity();

    record General() implements Target {
        public int specificity() {
            return 0;
        }
    }

    record Category(String categoryId) implements Target {
        public int specificity() {
            return 1;
        }
    }

    /** A code group; {@code name} shows in notes and {@code order} decides percentages where groups overlap. */
    record CodeGroup(String groupId, Set<String> codes, String name, int order) implements Target {
        public CodeGroup {
            codes = Set.copyOf(codes);
            name = name == null ? groupId : name;
        }

        public int specificity() {
            return 2;
        }
    }

    record Code(String code) implements Target {
        public int specificity() {
            return 3;
        }
    }

    static Target general() {
        return new General();
    }

    static Target category(String id) {
        return new Category(id);
    }

    static Target group(String id, Set<String> codes) {
        return new CodeGroup(id, codes, id, 0);
    }

    static Target group(String id, Set<String> codes, String name, int order) {
        return new CodeGroup(id, codes, name, order);
    }

    static Target code(String code) {
        return new Code(code);
    }
}
