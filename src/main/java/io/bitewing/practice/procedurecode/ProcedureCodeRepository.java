package io.bitewing.practice.procedurecode;

import io.bitewing.practice.procedurecode.ProcedureCode.SubstitutionCondition;
import io.bitewing.practice.procedurecode.ProcedureCode.TreatArea;
import io.bitewing.shared.Ids;
import io.bitewing.shared.db.Like;
import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Sort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProcedureCodeRepository {

    private static final String COLUMNS = """
            id, code, description, category, treat_area, substitution_code, substitution_condition, is_hidden, version,
            created_at, updated_at, deleted_at, od_num""";

    private static final RowMapper<ProcedureCode> PROCEDURE_CODE = (rs, n) -> new ProcedureCode(
            Rows.uuid(rs, "id"),
            rs.getString("code"),
            rs.getString("description"),
            rs.getString("category"),
            Rows.enumeration(rs, "treat_area", TreatArea.class),
            rs.getString("substitution_code"),
            Rows.enumeration(rs, "substitution_condition", SubstitutionCondition.class),
            rs.getBoolean("is_hidden"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"),
            Rows.instant(rs, "deleted_at"),
            Rows.odNum(rs));

    private final JdbcClient jdbc;

    ProcedureCodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProcedureCode> find(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from procedure_code where org_id = :org and id = :id")
                .param("org", org)
                .param("id", id)
                .query(PROCEDURE_CODE)
                .optional();
    }

    /** Codes among {@code ids}, archived ones included. */
    List<ProcedureCode> findAll(UUID org, Collection<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from procedure_code where org_id = :org and id = any(:ids)")
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query(PROCEDURE_CODE)
                .list();
    }

    /** Live codes among {@code codes} (already upper-case). */
    List<ProcedureCode> findLiveByCodes(UUID org, Collection<String> codes) {
        return jdbc.sql("select " + COLUMNS
                        + " from procedure_code where org_id = :org and code = any(:codes) and deleted_at is null")
                .param("org", org)
                .param("codes", codes.toArray(String[]::new))
                .query(PROCEDURE_CODE)
                .list();
    }

    boolean liveCodeTaken(UUID org, String code, UUID exceptId) {
        return jdbc.sql("""
                select exists (select 1 from procedure_code
                               where org_id = :org and code = :code and deleted_at is null and id <> :except)
                """)
                .param("org", org)
                .param("code", code)
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    Page<ProcedureCode> findAll(UUID org, ProcedureCodeService.Filter filter, Sort sort, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql("select " + COLUMNS + ", count(*) over () as total from procedure_code"
                                + """
                         where org_id = :org and deleted_at is null
                           and (:includeHidden or not is_hidden)
                           and (cast(:category as text) is null or category = :category)
                           and (cast(:search as text) is null or (code || ' ' || description) ilike :search)
                        """
                                + " order by " + sort.orderBy() + " limit :limit offset :offset")
                        .param("org", org)
                        .param("includeHidden", filter.includeHidden())
                        .param("category", filter.category())
                        .param("search", Like.contains(filter.search())),
                page,
                PROCEDURE_CODE);
    }

    ProcedureCode insert(UUID org, ProcedureCode c) {
        return jdbc.sql("""
                insert into procedure_code (org_id, id, code, description, category, treat_area, substitution_code,
                    substitution_condition, is_hidden)
                values (:org, :id, :code, :description, :category, :treatArea, :substitutionCode,
                    :substitutionCondition, :isHidden)
                returning
                """ + COLUMNS)
                .params(params(org, c))
                .query(PROCEDURE_CODE)
                .single();
    }

    /** Writes every mutable column; empty when {@code baseVersion} is no longer current. */
    Optional<ProcedureCode> update(UUID org, ProcedureCode c, int baseVersion) {
        var params = params(org, c);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update procedure_code set code = :code, description = :description, category = :category,
                    treat_area = :treatArea, substitution_code = :substitutionCode,
                    substitution_condition = :substitutionCondition, is_hidden = :isHidden,
                    version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion
                returning
                """ + COLUMNS).params(params).query(PROCEDURE_CODE).optional();
    }

    /** Soft-deletes a live code; empty when it is already archived or unknown. */
    Optional<ProcedureCode> archive(UUID org, UUID id) {
        return jdbc.sql("""
                update procedure_code set deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and id = :id and deleted_at is null
                returning
                """ + COLUMNS)
                .param("org", org)
                .param("id", id)
                .query(PROCEDURE_CODE)
                .optional();
    }

    record Upserted(List<UUID> createdIds, List<UUID> updatedIds, List<String> createdCodes) {
        int created() {
            return createdIds.size();
        }

        int updated() {
            return updatedIds.size();
        }
    }

    /**
     * Inserts new codes and rewrites description, category and treat_area of live ones, in one statement. A row that
     * would change nothing is left alone (no version bump) and counted in neither total. Rows go in code order so
     * two imports lock rows in the same order and cannot deadlock.
     */
    Upserted upsert(UUID org, List<ProcedureCodeImport.Row> rows) {
        if (rows.isEmpty()) {
            return new Upserted(List.of(), List.of(), List.of());
        }
        var sorted = rows.stream()
                .sorted(Comparator.comparing(ProcedureCodeImport.Row::code))
                .toList();
        var createdCodes = new ArrayList<String>();
        var createdIds = new ArrayList<UUID>();
        var updatedIds = new ArrayList<UUID>();
        jdbc.sql("""
                insert into procedure_code as p (org_id, id, code, description, category, treat_area)
                select :org, i.id, i.code, i.description, i.category, i.treat_area
                from unnest(cast(:ids as uuid[]), cast(:codes as text[]), cast(:descriptions as text[]),
                            cast(:categories as text[]), cast(:treatAreas as text[]))
                     as i (id, code, description, category, treat_area)
                on conflict (org_id, code) where deleted_at is null do update
                   set description = excluded.description, category = excluded.category,
                       treat_area = excluded.treat_area, version = p.version + 1, updated_at = now()
                 where (p.description, p.category, p.treat_area)
                       is distinct from (excluded.description, excluded.category, excluded.treat_area)
                returning id, code, (xmax = 0) as inserted
                """)
                .param("org", org)
                .param("ids", sorted.stream().map(r -> Ids.newId()).toArray(UUID[]::new))
                .param(
                        "codes",
                        sorted.stream().map(ProcedureCodeImport.Row::code).toArray(String[]::new))
                .param(
                        "descriptions",
                        sorted.stream()
                                .map(ProcedureCodeImport.Row::description)
                                .toArray(String[]::new))
                .param(
                        "categories",
                        sorted.stream().map(ProcedureCodeImport.Row::category).toArray(String[]::new))
                .param(
                        "treatAreas",
                        sorted.stream().map(r -> r.treatArea().name()).toArray(String[]::new))
                .query((rs, n) -> {
                    if (rs.getBoolean("inserted")) {
                        createdCodes.add(rs.getString("code"));
                        createdIds.add(Rows.uuid(rs, "id"));
                    } else {
                        updatedIds.add(Rows.uuid(rs, "id"));
                    }
                    return n;
                })
                .list();
        return new Upserted(List.copyOf(createdIds), List.copyOf(updatedIds), List.copyOf(createdCodes));
    }

    private static Map<String, Object> params(UUID org, ProcedureCode c) {
        var m = new HashMap<String, Object>();
        m.put("org", org);
        m.put("id", c.id());
        m.put("code", c.code());
        m.put("description", c.description());
        m.put("category", c.category());
        m.put("treatArea", c.treatArea().name());
        m.put("substitutionCode", c.substitutionCode());
        m.put("substitutionCondition", c.substitutionCondition().name());
        m.put("isHidden", c.isHidden());
        return m;
    }
}
