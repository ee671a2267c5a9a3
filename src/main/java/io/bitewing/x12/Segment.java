package io.bitewing.x12;

import java.util.List;

/**
 * One segment as StAEDI read it: its 1-based position in the interchange, its tag, and its elements (1-based), each a
 * list of repetitions, each a list of components. Empty elements are empty strings, so positions never shift.
 */
record Segment(int position, String tag, List<List<List<String>>> elements) {

    /** The element's first component of its first repetition; "" when absent. */
    String element(int index) {
        return component(index, 1);
    }

    /** One component of the element's first repetition; "" when absent. */
    String component(int index, int component) {
        if (index < 1 || index > elements.size()) {
            return "";
        }
        List<List<String>> repetitions = elements.get(index - 1);
        if (repetitions.isEmpty() || component > repetitions.get(0).size()) {
            return "";
        }
        return repetitions.get(0).get(component - 1);
    }

    /** The first component of each repetition of the element (5010 lists, e.g. service types in EB03). */
    List<String> repetitions(int index) {
        if (index < 1 || index > elements.size()) {
            return List.of();
        }
        return elements.get(index - 1).stream()
                .map(r -> r.isEmpty() ? "" : r.get(0))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The segment written back with the conventional separators, for what is kept verbatim beside a reading. */
    String text() {
        var out = new StringBuilder(tag);
        int last = elements.size();
        while (last > 0 && blank(elements.get(last - 1))) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            out.append('*');
            List<List<String>> repetitions = elements.get(i);
            for (int r = 0; r < repetitions.size(); r++) {
                if (r > 0) {
                    out.append('^');
                }
                out.append(String.join(":", repetitions.get(r)));
            }
        }
        return out.append('~').toString();
    }

    private static boolean blank(List<List<String>> element) {
        return element.stream().allMatch(r -> r.stream().allMatch(String::isEmpty));
    }
}
