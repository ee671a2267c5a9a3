package io.bitewing.feeschedule;

import io.bitewing.feeschedule.FeeSchedule.Purpose;
import io.bitewing.feeschedule.FeeSchedule.Status;
import io.bitewing.feeschedule.FeeSchedule.Type;

/** The list filters the reference offers for fee schedules; no status means the live (active) ones. */
record FeeScheduleFilter(Status status, Type feeSchedType, Purpose purpose, String search) {}
