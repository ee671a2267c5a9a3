package io.bitewing.settings;

import io.bitewing.settings.InsuranceSettings.BenefitYearType;
import io.bitewing.settings.InsuranceSettings.CobRule;
import io.bitewing.settings.InsuranceSettings.EstimateDisplayMode;
import io.bitewing.settings.InsuranceSettings.InsuranceTab;
import io.bitewing.settings.InsuranceSettings.WriteOffMethod;
import io.bitewing.shared.Ids;
import io.bitewing.shared.db.Rows;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SettingsRepository {

    private static final String COLUMNS = """
            id, allow_fee_exceed_ucr, allow_verification_without_appointment, auto_calculate_estimates,
            auto_flag_unverified, benefits_verify_days, color_code_procedures, days_before_appointment_flag,
            default_benefit_year_type, default_cob_rule, default_fiscal_year_start, default_insurance_tab,
            eligibility_verify_days, estimate_display_mode, include_write_off, show_alerts_on_check_in, show_on_banner,
            show_on_treatment_plans, show_remaining_benefits, write_off_method, writeoff_on_exclusion,
            writeoff_on_frequency_limit, writeoff_on_max_reached, ppo_secondary_writeoffs, fixed_benefit_blank_like_zero,
            exclusion_uses_ucr_fee, out_of_network_blank_like_zero, check_frequency, version, created_at, updated_at""";

    private static final RowMapper<InsuranceSettings> SETTINGS = (rs, n) -> new InsuranceSettings(
            Rows.uuid(rs, "id"),
            rs.getBoolean("allow_fee_exceed_ucr"),
            rs.getBoolean("allow_verification_without_appointment"),
            rs.getBoolean("auto_calculate_estimates"),
            rs.getBoolean("auto_flag_unverified"),
            rs.getInt("benefits_verify_days"),
            rs.getBoolean("color_code_procedures"),
            rs.getInt("days_before_appointment_flag"),
            Rows.enumeration(rs, "default_benefit_year_type", BenefitYearType.class),
            Rows.enumeration(rs, "default_cob_rule", CobRule.class),
            rs.getInt("default_fiscal_year_start"),
            Rows.enumeration(rs, "default_insurance_tab", InsuranceTab.class),
            rs.getInt("eligibility_verify_days"),
            Rows.enumeration(rs, "estimate_display_mode", EstimateDisplayMode.class),
            rs.getBoolean("include_write_off"),
            rs.getBoolean("show_alerts_on_check_in"),
            rs.getBoolean("show_on_banner"),
            rs.getBoolean("show_on_treatment_plans"),
            rs.getBoolean("show_remaining_benefits"),
            Rows.enumeration(rs, "write_off_method", WriteOffMethod.class),
            rs.getBoolean("writeoff_on_exclusion"),
            rs.getBoolean("writeoff_on_frequency_limit"),
            rs.getBoolean("writeoff_on_max_reached"),
            rs.getBoolean("ppo_secondary_writeoffs"),
            rs.getBoolean("fixed_benefit_blank_like_zero"),
            rs.getBoolean("exclusion_uses_ucr_fee"),
            rs.getBoolean("out_of_network_blank_like_zero"),
            rs.getBoolean("check_frequency"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"));

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the defaults unless the organisation already has settings; safe under concurrent first reads. */
    void ensureDefaults(UUID org) {
        jdbc.sql("insert into insurance_settings (org_id, id) values (:org, :id) on conflict (org_id) do nothing")
                .param("org", org)
                .param("id", Ids.newId())
                .update();
    }

    Optional<InsuranceSettings> find(UUID org) {
        return jdbc.sql("select " + COLUMNS + " from insurance_settings where org_id = :org")
                .param("org", org)
                .query(SETTINGS)
                .optional();
    }

    Optional<InsuranceSettings> update(UUID org, InsuranceSettings s, int baseVersion) {
        Map<String, Object> p = new HashMap<>();
        p.put("org", org);
        p.put("baseVersion", baseVersion);
        p.put("allowFeeExceedUcr", s.allowFeeExceedUcr());
        p.put("allowVerificationWithoutAppointment", s.allowVerificationWithoutAppointment());
        p.put("autoCalculateEstimates", s.autoCalculateEstimates());
        p.put("autoFlagUnverified", s.autoFlagUnverified());
        p.put("benefitsVerifyDays", s.benefitsVerifyDays());
        p.put("colorCodeProcedures", s.colorCodeProcedures());
        p.put("daysBeforeAppointmentFlag", s.daysBeforeAppointmentFlag());
        p.put("defaultBenefitYearType", s.defaultBenefitYearType().name());
        p.put("defaultCobRule", s.defaultCobRule().name());
        p.put("defaultFiscalYearStart", s.defaultFiscalYearStart());
        p.put("defaultInsuranceTab", s.defaultInsuranceTab().name());
        p.put("eligibilityVerifyDays", s.eligibilityVerifyDays());
        p.put("estimateDisplayMode", s.estimateDisplayMode().name());
        p.put("includeWriteOff", s.includeWriteOff());
        p.put("showAlertsOnCheckIn", s.showAlertsOnCheckIn());
        p.put("showOnBanner", s.showOnBanner());
        p.put("showOnTreatmentPlans", s.showOnTreatmentPlans());
        p.put("showRemainingBenefits", s.showRemainingBenefits());
        p.put("writeOffMethod", s.writeOffMethod().name());
        p.put("writeoffOnExclusion", s.writeoffOnExclusion());
        p.put("writeoffOnFrequencyLimit", s.writeoffOnFrequencyLimit());
        p.put("writeoffOnMaxReached", s.writeoffOnMaxReached());
        p.put("ppoSecondaryWriteoffs", s.ppoSecondaryWriteoffs());
        p.put("fixedBenefitBlankLikeZero", s.fixedBenefitBlankLikeZero());
        p.put("exclusionUsesUcrFee", s.exclusionUsesUcrFee());
        p.put("outOfNetworkBlankLikeZero", s.outOfNetworkBlankLikeZero());
        p.put("checkFrequency", s.checkFrequency());
        return jdbc.sql("""
                update insurance_settings set
                    allow_fee_exceed_ucr = :allowFeeExceedUcr,
                    allow_verification_without_appointment = :allowVerificationWithoutAppointment,
                    auto_calculate_estimates = :autoCalculateEstimates, auto_flag_unverified = :autoFlagUnverified,
                    benefits_verify_days = :benefitsVerifyDays, color_code_procedures = :colorCodeProcedures,
                    days_before_appointment_flag = :daysBeforeAppointmentFlag,
                    default_benefit_year_type = :defaultBenefitYearType, default_cob_rule = :defaultCobRule,
                    default_fiscal_year_start = :defaultFiscalYearStart, default_insurance_tab = :defaultInsuranceTab,
                    eligibility_verify_days = :eligibilityVerifyDays, estimate_display_mode = :estimateDisplayMode,
                    include_write_off = :includeWriteOff, show_alerts_on_check_in = :showAlertsOnCheckIn,
                    show_on_banner = :showOnBanner, show_on_treatment_plans = :showOnTreatmentPlans,
                    show_remaining_benefits = :showRemainingBenefits, write_off_method = :writeOffMethod,
                    writeoff_on_exclusion = :writeoffOnExclusion,
                    writeoff_on_frequency_limit = :writeoffOnFrequencyLimit,
                    writeoff_on_max_reached = :writeoffOnMaxReached,
                    ppo_secondary_writeoffs = :ppoSecondaryWriteoffs,
                    fixed_benefit_blank_like_zero = :fixedBenefitBlankLikeZero,
                    exclusion_uses_ucr_fee = :exclusionUsesUcrFee,
                    out_of_network_blank_like_zero = :outOfNetworkBlankLikeZero,
                    check_frequency = :checkFrequency,
                    version = version + 1, updated_at = now()
                where org_id = :org and version = :baseVersion
                returning
                """ + COLUMNS).params(p).query(SETTINGS).optional();
    }
}
