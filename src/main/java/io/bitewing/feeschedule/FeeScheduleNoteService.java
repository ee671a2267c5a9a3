package io.bitewing.feeschedule;

import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dated notes on a fee schedule (contract changes, who was called); audited on the schedule. */
@Service
@Transactional(readOnly = true)
class FeeScheduleNoteService {

    private final FeeScheduleNoteRepository notes;
    private final FeeScheduleService schedules;
    private final AuditLog audit;

    FeeScheduleNoteService(FeeScheduleNoteRepository notes, FeeScheduleService schedules, AuditLog audit) {
        this.notes = notes;
        this.schedules = schedules;
        this.audit = audit;
    }

    List<FeeScheduleNote> list(Tenant tenant, UUID scheduleId) {
        schedules.get(tenant, scheduleId);
        return notes.findAll(tenant.orgId(), scheduleId);
    }

    @Transactional
    FeeScheduleNote create(Tenant tenant, UUID scheduleId, FeeScheduleRequests.CreateNote body) {
        schedules.get(tenant, scheduleId);
        UUID id = Ids.newId();
        notes.insert(tenant.orgId(), scheduleId, id, body, tenant.actorTokenId());
        audit.record(tenant, FeeScheduleService.ENTITY, scheduleId, "note_create", Set.of("notes"));
        return notes.find(tenant.orgId(), scheduleId, id).orElseThrow();
    }

    @Transactional
    void delete(Tenant tenant, UUID scheduleId, UUID id) {
        if (!notes.delete(tenant.orgId(), scheduleId, id)) {
            throw new ApiException.NotFound("Note");
        }
        audit.record(tenant, FeeScheduleService.ENTITY, scheduleId, "note_delete", Set.of("notes"));
    }
}
