package io.bitewing.shared.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Query and path values parsed strictly: integers and amounts in plain decimal (Spring's default editors would also read
 * {@code 0x10} or {@code #10} as 16, which no client means), dates as {@code YYYY-MM-DD} and ids in the canonical
 * UUID form, as in bodies. A value that does not parse is a 422 naming the parameter.
 */
@ControllerAdvice
class StrictParameters {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,4})?");

    @InitBinder
    void strictly(WebDataBinder binder) {
        binder.registerCustomEditor(int.class, editor(Integer::valueOf, false));
        binder.registerCustomEditor(Integer.class, editor(Integer::valueOf, true));
        binder.registerCustomEditor(long.class, editor(Long::valueOf, false));
        binder.registerCustomEditor(Long.class, editor(Long::valueOf, true));
        binder.registerCustomEditor(BigDecimal.class, editor(StrictParameters::decimal, true));
        binder.registerCustomEditor(LocalDate.class, editor(StrictDates::parse, true));
        binder.registerCustomEditor(UUID.class, editor(StrictUuids::parse, true));
    }

    /** Plain decimal money of at most 12 integer digits: no NaN, no Infinity, no exponent, no 1e308. */
    static BigDecimal decimal(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("must be a decimal number such as 125.50");
        }
        return new BigDecimal(text);
    }

    private static PropertyEditorSupport editor(Function<String, Object> parse, boolean blankIsAbsent) {
        return new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String value = text == null ? "" : text.strip();
                setValue(value.isEmpty() && blankIsAbsent ? null : parse.apply(value));
            }
        };
    }
}
