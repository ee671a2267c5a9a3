package io.bitewing.estimate.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * Our rule (estimation-rules.md §8.5): where a plan has an out-of-pocket maximum on file
 * (pediatric dental plans carry one), the patient's share over the benefit year stops at it and that plan pays the
 * rest. What is left is the vendor's remaining figure, spent by the estimate's procedures in their order.
 */
final class CapAtOutOfPocketMaximum {

    private CapAtOutOfPocketMaximum() {}

    /** Raises the capping plan's line by what the patient would pay beyond the maximum; spends {@code remaining}. */
    static void apply(BigDecimal fee, List<WorkingLine> lines, BigDecimal[] remaining) {
        for (int i = 0; i < lines.size(); i++) {
            if (remaining[i] == null) continue;
            BigDecimal share = fee;
            for (WorkingLine l : lines) {
                share = share.subtract(l.ins);
                if (l.wo != null) share = share.subtract(l.wo);
            }
            share = Cents.floor0(share);
            if (share.compareTo(remaining[i]) <= 0) {
                remaining[i] = remaining[i].subtract(share);
                continue;
            }
            BigDecimal excess = share.subtract(remaining[i]);
            WorkingLine line = lines.get(i);
            line.ins = line.ins.add(excess);
            line.notes.add("Out-of-pocket maximum reached: insurance pays the patient's share beyond it ("
                    + Cents.show(excess) + ")");
            remaining[i] = BigDecimal.ZERO;
        }
    }
}
