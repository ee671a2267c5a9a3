package io.bitewing.shared.db;

/** Turns a user's search text into an ILIKE pattern in which their own {@code %} and {@code _} match literally. */
public final class Like {

    private Like() {}

    /** {@code null} (no filter) for blank input. */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
