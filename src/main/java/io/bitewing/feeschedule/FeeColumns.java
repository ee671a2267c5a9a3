package io.bitewing.feeschedule;

import io.bitewing.shared.money.Money;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Many fees as parallel arrays, the shape a set-based {@code insert … select … from unnest(…)} binds: one array
 * parameter per column instead of one statement per row. Dates and amounts travel as text and are cast in SQL.
 */
record FeeColumns(
        UUID[] ids,
        UUID[] codes,
        UUID[] clinics,
        UUID[] providers,
        String[] dates,
        String[] amounts,
        String[] patientAmounts) {

    static FeeColumns of(List<UUID> ids, List<FeeRequests.Create> fees) {
        int n = fees.size();
        var columns = new FeeColumns(
                ids.toArray(UUID[]::new),
                new UUID[n],
                new UUID[n],
                new UUID[n],
                new String[n],
                new String[n],
                new String[n]);
        for (int i = 0; i < n; i++) {
            var fee = fees.get(i);
            columns.codes[i] = fee.procedureCodeUuid();
            columns.clinics[i] = fee.clinicUuid();
            columns.providers[i] = fee.providerUuid();
            LocalDate date = fee.dateEffective() == null ? FeeRepository.ALWAYS : fee.dateEffective();
            columns.dates[i] = date.toString();
            columns.amounts[i] = Money.of(fee.amount()).toPlainString();
            columns.patientAmounts[i] = fee.patientAmount() == null
                    ? null
                    : Money.of(fee.patientAmount()).toPlainString();
        }
        return columns;
    }

    Map<String, Object> params(UUID org, UUID scheduleId) {
        var p = new HashMap<String, Object>();
        p.put("org", org);
        p.put("schedule", scheduleId);
        p.put("ids", ids);
        p.put("codes", codes);
        p.put("clinics", clinics);
        p.put("providers", providers);
        p.put("dates", dates);
        p.put("amounts", amounts);
        p.put("patientAmounts", patientAmounts);
        return p;
    }
}
