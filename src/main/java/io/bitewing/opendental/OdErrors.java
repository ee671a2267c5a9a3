package io.bitewing.opendental;

import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.BodySizeLimitFilter;
import io.bitewing.shared.web.DatabaseUnavailable;
import io.bitewing.shared.web.FieldProblem;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the Open Dental dialect as Open Dental gives them: 400 or 404 (401 for a key that may not do this) with
 * the explanation as the body, a JSON string. What the owning modules refuse in the native vocabulary is told here in
 * Open Dental's field names. The native API keeps its own error shape: this advice covers this package only.
 */
@RestControllerAdvice(basePackageClasses = OdErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OdErrors {

    private static final Logger log = LoggerFactory.getLogger(OdErrors.class);

    /** Native field names as Open Dental names them, for refusals that come from the owning modules. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("benefit_type", "BenefitType"),
            Map.entry("coverage_category_uuid", "CovCatNum"),
            Map.entry("code_group_uuid", "CodeGroupNum"),
            Map.entry("procedure_code_uuid", "CodeNum"),
            Map.entry("coverage_level", "CoverageLevel"),
            Map.entry("percent", "Percent"),
            Map.entry("monetary_amt", "MonetaryAmt"),
            Map.entry("time_period", "TimePeriod"),
            Map.entry("quantity_qualifier", "QuantityQualifier"),
            Map.entry("quantity", "Quantity"),
            Map.entry("treat_area", "TreatArea"),
            Map.entry("waiting_period_months", "Quantity"),
            Map.entry("carrier_name", "CarrierName"),
            Map.entry("carrier_uuid", "CarrierNum"),
            Map.entry("electronic_id", "ElectID"),
            Map.entry("zip_code", "Zip"),
            Map.entry("state", "State"),
            Map.entry("group_name", "GroupName"),
            Map.entry("group_number", "GroupNum"),
            Map.entry("plan_note", "PlanNote"),
            Map.entry("benefit_year_start_month", "MonthRenew"),
            Map.entry("plan_type", "PlanType"),
            Map.entry("subscriber_uuid", "Subscriber"),
            Map.entry("insurance_plan_uuid", "PlanNum"),
            Map.entry("subscriber_id_number", "SubscriberID"),
            Map.entry("date_effective", "DateEffective"),
            Map.entry("date_term", "DateTerm"),
            Map.entry("termination_date", "DateTerm"),
            Map.entry("subscription_uuid", "InsSubNum"),
            Map.entry("relationship_to_subscriber", "Relationship"),
            Map.entry("ordinal", "Ordinal"),
            Map.entry("pat_id_override", "PatID"),
            Map.entry("patient_uuid", "PatNum"));

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("Plan", "InsPlan"),
            Map.entry("Insurance plan", "InsPlan"),
            Map.entry("Subscription", "InsSub"),
            Map.entry("Patient plan", "PatPlan"),
            Map.entry("Coverage category", "CovCat"),
            Map.entry("Code group", "CodeGroup"),
            Map.entry("Procedure code", "ProcedureCode"));

    @ExceptionHandler(OdException.class)
    ResponseEntity<String> od(OdException e) {
        return answer(e.status(), e.getMessage());
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<String> api(ApiException e) {
        if (e instanceof ApiException.NotFound) {
            String entity = e.getMessage().replace(" not found", "");
            return answer(HttpStatus.NOT_FOUND, ENTITIES.getOrDefault(entity, entity) + " not found.");
        }
        if (e instanceof ApiException.Invalid invalid && !invalid.problems().isEmpty()) {
            FieldProblem first = invalid.problems().get(0);
            return answer(HttpStatus.BAD_REQUEST, field(first) + " is invalid: " + first.msg() + ".");
        }
        if (e instanceof ApiException.Forbidden) {
            return answer(HttpStatus.UNAUTHORIZED, "This API key is not authorized for this: " + e.getMessage() + ".");
        }
        return answer(HttpStatus.BAD_REQUEST, e.getMessage() + ".");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<String> unreadable(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST, "The request body is not valid JSON.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<String> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.BAD_REQUEST, "Content-Type must be application/json.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<String> mismatch(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getName() + " is invalid.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<String> missing(MissingServletRequestParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getParameterName() + " is required.");
    }

    @ExceptionHandler(BodySizeLimitFilter.TooLarge.class)
    ResponseEntity<String> tooLarge(BodySizeLimitFilter.TooLarge e) {
        return answer(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            return answer(HttpStatus.SERVICE_UNAVAILABLE, "The database is unavailable; retry shortly.");
        }
        log.error("Unexpected failure in the Open Dental dialect", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be completed.");
    }

    private static String field(FieldProblem problem) {
        Object last = problem.loc().get(problem.loc().size() - 1);
        return last instanceof String name ? odField(name) : "The request";
    }

    /** Open Dental's name for a native field. */
    static String odField(String nativeName) {
        return FIELDS.getOrDefault(nativeName, nativeName);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<String> conflict(DataIntegrityViolationException e) {
        return answer(HttpStatus.BAD_REQUEST, "The request conflicts with data already stored.");
    }

    static ResponseEntity<String> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(OdJson.quote(message));
    }
}
