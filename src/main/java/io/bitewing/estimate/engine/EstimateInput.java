package io.bitewing.estimate.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything one estimate needs, resolved by the caller: no lookups happen inside the engine.
 *
 * @param categories category membership per procedure code (codes absent: in no category, outside General)
 * @param plans the coverages in ordinal order
 * @param procedures in treatment-plan order (§5); the caller sorts
 * @param applyLimits false skips deductibles, maximums, age and frequency limits
 * @param roles the diagnostic and preventive categories (§13 E9)
 */
public record EstimateInput(
        LocalDate birthdate,
        List<PlanInput> plans,
        Map<String, CodeCategories> categories,
        Settings settings,
        List<ProcedureInput> procedures,
        LocalDate asOfDate,
        Mode mode,
        boolean applyLimits,
        CategoryRoles roles) {

    public EstimateInput(
            LocalDate birthdate,
            List<PlanInput> plans,
            Map<String, CodeCategories> categories,
            Settings settings,
            List<ProcedureInput> procedures,
            LocalDate asOfDate,
            Mode mode,
            boolean applyLimits) {
        this(birthdate, plans, categories, settings, procedures, asOfDate, mode, applyLimits, CategoryRoles.NONE);
    }

    public EstimateInput {
        plans = List.copyOf(plans);
        categories = categories == null ? Map.of() : Map.copyOf(categories);
        procedures = List.copyOf(procedures);
        if (settings == null) settings = Settings.DEFAULTS;
        if (mode == null) mode = Mode.TREATMENT_PLAN;
        if (roles == null) roles = CategoryRoles.NONE;
    }

    CodeCategories categoriesOf(String code) {
        return code == null ? CodeCategories.NONE : categories.getOrDefault(code, CodeCategories.NONE);
    }

    public enum Mode {
        TREATMENT_PLAN,
        INDEPENDENT
    }
}
