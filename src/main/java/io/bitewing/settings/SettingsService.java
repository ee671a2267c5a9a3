package io.bitewing.settings;

import io.bitewing.admin.OrganisationCreated;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Patch;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisation-level insurance settings: verification cadence, write-off and estimate behaviour, defaults. */
@Service
@Transactional
public class SettingsService {

    private final SettingsRepository settings;
    private final AuditLog audit;

    SettingsService(SettingsRepository settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    @EventListener
    void seedDefaults(OrganisationCreated event) {
        settings.ensureDefaults(event.tenant().orgId());
    }

    /** The organisation's settings, created with defaults on first read. */
    public InsuranceSettings get(Tenant tenant) {
        return settings.find(tenant.orgId()).orElseGet(() -> {
            settings.ensureDefaults(tenant.orgId());
            return settings.find(tenant.orgId()).orElseThrow();
        });
    }

    InsuranceSettings update(Tenant tenant, SettingsUpdate body, Patch patch) {
        InsuranceSettings current = get(tenant);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        var next = new InsuranceSettings(
                current.id(),
                patch.applyRequired("allow_fee_exceed_ucr", body.allowFeeExceedUcr(), current.allowFeeExceedUcr()),
                patch.applyRequired(
                        "allow_verification_without_appointment",
                        body.allowVerificationWithoutAppointment(),
                        current.allowVerificationWithoutAppointment()),
                patch.applyRequired(
                        "auto_calculate_estimates", body.autoCalculateEstimates(), current.autoCalculateEstimates()),
                patch.applyRequired("auto_flag_unverified", body.autoFlagUnverified(), current.autoFlagUnverified()),
                patch.applyRequired("benefits_verify_days", body.benefitsVerifyDays(), current.benefitsVerifyDays()),
                patch.applyRequired("color_code_procedures", body.colorCodeProcedures(), current.colorCodeProcedures()),
                patch.applyRequired(
                        "days_before_appointment_flag",
                        body.daysBeforeAppointmentFlag(),
                        current.daysBeforeAppointmentFlag()),
                patch.applyRequired(
                        "default_benefit_year_type", body.defaultBenefitYearType(), current.defaultBenefitYearType()),
                patch.applyRequired("default_cob_rule", body.defaultCobRule(), current.defaultCobRule()),
                patch.applyRequired(
                        "default_fiscal_year_start", body.defaultFiscalYearStart(), current.defaultFiscalYearStart()),
                patch.applyRequired("default_insurance_tab", body.defaultInsuranceTab(), current.defaultInsuranceTab()),
                patch.applyRequired(
                        "eligibility_verify_days", body.eligibilityVerifyDays(), current.eligibilityVerifyDays()),
                patch.applyRequired("estimate_display_mode", body.estimateDisplayMode(), current.estimateDisplayMode()),
                patch.applyRequired("include_write_off", body.includeWriteOff(), current.includeWriteOff()),
                patch.applyRequired(
                        "show_alerts_on_check_in", body.showAlertsOnCheckIn(), current.showAlertsOnCheckIn()),
                patch.applyRequired("show_on_banner", body.showOnBanner(), current.showOnBanner()),
                patch.applyRequired(
                        "show_on_treatment_plans", body.showOnTreatmentPlans(), current.showOnTreatmentPlans()),
                patch.applyRequired(
                        "show_remaining_benefits", body.showRemainingBenefits(), current.showRemainingBenefits()),
                patch.applyRequired("write_off_method", body.writeOffMethod(), current.writeOffMethod()),
                patch.applyRequired("writeoff_on_exclusion", body.writeoffOnExclusion(), current.writeoffOnExclusion()),
                patch.applyRequired(
                        "writeoff_on_frequency_limit",
                        body.writeoffOnFrequencyLimit(),
                        current.writeoffOnFrequencyLimit()),
                patch.applyRequired(
                        "writeoff_on_max_reached", body.writeoffOnMaxReached(), current.writeoffOnMaxReached()),
                patch.applyRequired(
                        "ppo_secondary_writeoffs", body.ppoSecondaryWriteoffs(), current.ppoSecondaryWriteoffs()),
                patch.applyRequired(
                        "fixed_benefit_blank_like_zero",
                        body.fixedBenefitBlankLikeZero(),
                        current.fixedBenefitBlankLikeZero()),
                patch.applyRequired(
                        "exclusion_uses_ucr_fee", body.exclusionUsesUcrFee(), current.exclusionUsesUcrFee()),
                patch.applyRequired(
                        "out_of_network_blank_like_zero",
                        body.outOfNetworkBlankLikeZero(),
                        current.outOfNetworkBlankLikeZero()),
                patch.applyRequired("check_frequency", body.checkFrequency(), current.checkFrequency()),
                current.version(),
                current.createdAt(),
                current.updatedAt());
        InsuranceSettings updated = settings.update(tenant.orgId(), next, body.baseVersion())
                .orElseThrow(
                        () -> ApiException.Conflict.staleVersion(get(tenant).version()));
        audit.record(tenant, "insurance_settings", updated.id(), "update", patch.changed());
        return updated;
    }
}
