package io.bitewing.estimate.engine;

import java.util.List;

/**
 * Where a procedure code sits in the plan's coverage categories (estimation-rules.md §2, §3): the winning category (the one
 * lower in the category list), every category whose spans contain the code in category order, and whether the code is
 * inside the General category's spans (which decides whether an untargeted maximum applies).
 */
public record CodeCategories(String winningCategoryId, List<String> categoryIds, boolean inGeneral) {
    public CodeCategories {
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    }

    public static final CodeCategories NONE = new CodeCategories(null, List.of(), false);
}
