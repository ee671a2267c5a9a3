package io.bitewing.carrier;

import io.bitewing.carrier.Carrier.ElectronicFilingType;
import io.bitewing.carrier.Carrier.EraAutomation;
import io.bitewing.carrier.Carrier.TrustLevel;
import io.bitewing.shared.db.Like;
import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Sort;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CarrierRepository {

    private static final String COLUMNS = """
            id, carrier_name, carrier_group_name, electronic_id, electronic_filing_type, era_automation_override,
            cob_insurance_paid_behavior_override, trust_level, is_hidden, address_line1, address_line2, city, state,
            zip_code, phone, notes, coinsurance_inverted, version, created_at, updated_at, deleted_at, od_num""";

    private static final RowMapper<Carrier> CARRIER = (rs, n) -> new Carrier(
            Rows.uuid(rs, "id"),
            rs.getString("carrier_name"),
            rs.getString("carrier_group_name"),
            rs.getString("electronic_id"),
            Rows.enumeration(rs, "electronic_filing_type", ElectronicFilingType.class),
            Rows.enumeration(rs, "era_automation_override", EraAutomation.class),
            rs.getString("cob_insurance_paid_behavior_override"),
            Rows.enumeration(rs, "trust_level", TrustLevel.class),
            rs.getBoolean("is_hidden"),
            rs.getString("address_line1"),
            rs.getString("address_line2"),
            rs.getString("city"),
            rs.getString("state"),
            rs.getString("zip_code"),
            rs.getString("phone"),
            rs.getString("notes"),
            rs.getBoolean("coinsurance_inverted"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"),
            Rows.instant(rs, "deleted_at"),
            Rows.odNum(rs));

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    CarrierRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<Carrier> find(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from carrier where org_id = :org and id = :id")
                .param("org", org)
                .param("id", id)
                .query(CARRIER)
                .optional();
    }

    /** The live carrier with this name, compared case-insensitively (live names are unique that way). */
    Optional<Carrier> findLiveByName(UUID org, String name) {
        return jdbc.sql("select " + COLUMNS + " from carrier where org_id = :org and lower(carrier_name) = lower(:name)"
                        + " and deleted_at is null")
                .param("org", org)
                .param("name", name)
                .query(CARRIER)
                .optional();
    }

    /** The first live carrier with this electronic payer id (case-insensitive), oldest first. */
    Optional<Carrier> findLiveByElectronicId(UUID org, String electronicId) {
        return jdbc.sql("select " + COLUMNS + " from carrier where org_id = :org and lower(electronic_id) = lower(:id)"
                        + " and deleted_at is null order by id limit 1")
                .param("org", org)
                .param("id", electronicId)
                .query(CARRIER)
                .optional();
    }

    /** Every live carrier of the organisation, hidden ones included, oldest first. */
    List<Carrier> findAllLive(UUID org) {
        return jdbc.sql("select " + COLUMNS + " from carrier where org_id = :org and deleted_at is null order by id")
                .param("org", org)
                .query(CARRIER)
                .list();
    }

    /** Read under a key-share lock, so a concurrent combine or archive waits for the caller's transaction. */
    Optional<Carrier> findForKeyShare(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from carrier where org_id = :org and id = :id for key share")
                .param("org", org)
                .param("id", id)
                .query(CARRIER)
                .optional();
    }

    /** Live carriers among {@code ids}, locked so a concurrent combine or archive waits its turn. */
    List<Carrier> findLiveForUpdate(UUID org, Collection<UUID> ids) {
        return jdbc.sql("select " + COLUMNS
                        + " from carrier where org_id = :org and id = any(:ids) and deleted_at is null for update")
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query(CARRIER)
                .list();
    }

    boolean liveNameTaken(UUID org, String name, UUID exceptId) {
        return jdbc.sql("""
                select exists (select 1 from carrier
                               where org_id = :org and lower(carrier_name) = lower(:name) and deleted_at is null
                                 and id <> :except)
                """)
                .param("org", org)
                .param("name", name)
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    Page<Carrier> findAll(UUID org, CarrierFilter filter, Sort sort, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql("select " + COLUMNS + ", count(*) over () as total from carrier"
                                + """
                         where org_id = :org and deleted_at is null
                           and (:includeHidden or not is_hidden)
                           and (cast(:group as text) is null or carrier_group_name = :group)
                           and (cast(:search as text) is null
                                or (carrier_name || ' ' || coalesce(electronic_id, '') || ' ' || coalesce(carrier_group_name, ''))
                                   ilike :search)
                        """
                                + " order by " + sort.orderBy() + " limit :limit offset :offset")
                        .param("org", org)
                        .param("includeHidden", filter.includeHidden())
                        .param("group", filter.carrierGroupName())
                        .param("search", Like.contains(filter.search())),
                page,
                CARRIER);
    }

    /**
     * One row per live carrier with its live plans and their active subscriptions (live, neither terminated nor
     * inactive) counted, in one query: a read model over the plan and subscription tables.
     */
    List<CarrierStats> stats(UUID org) {
        return jdbc.sql("""
                select c.id, c.carrier_name,
                       (select count(*) from insurance_plan p
                         where p.org_id = c.org_id and p.carrier_id = c.id and p.deleted_at is null) as plan_count,
                       (select count(*) from subscription s
                         join insurance_plan p on p.org_id = s.org_id and p.id = s.insurance_plan_id
                         where s.org_id = c.org_id and p.carrier_id = c.id and p.deleted_at is null
                           and s.deleted_at is null
                           and subscription_status(s.status, s.date_term) in ('active', 'pending_verification')) as subscriber_count
                from carrier c where c.org_id = :org and c.deleted_at is null
                order by lower(c.carrier_name), c.id
                """)
                .param("org", org)
                .query((rs, n) -> new CarrierStats(
                        Rows.uuid(rs, "id"),
                        rs.getString("carrier_name"),
                        rs.getLong("plan_count"),
                        rs.getLong("subscriber_count")))
                .list();
    }

    private static final String INSERT = """
            insert into carrier (org_id, id, carrier_name, carrier_group_name, electronic_id, electronic_filing_type,
                era_automation_override, cob_insurance_paid_behavior_override, trust_level, is_hidden, address_line1,
                address_line2, city, state, zip_code, phone, notes, coinsurance_inverted)
            values (:org, :id, :carrierName, :carrierGroupName, :electronicId, :electronicFilingType,
                :eraAutomationOverride, :cobInsurancePaidBehaviorOverride, :trustLevel, :isHidden, :addressLine1,
                :addressLine2, :city, :state, :zipCode, :phone, :notes, :coinsuranceInverted)
            """;

    Carrier insert(UUID org, Carrier c) {
        return jdbc.sql(INSERT + " returning " + COLUMNS)
                .params(params(org, c))
                .query(CARRIER)
                .single();
    }

    /** Inserts the carriers in one JDBC batch. */
    void insertAll(UUID org, List<Carrier> carriers) {
        var rows = new MapSqlParameterSource[carriers.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new MapSqlParameterSource(params(org, carriers.get(i)));
        }
        batch.batchUpdate(INSERT, rows);
    }

    /** The names of live carriers named as one of {@code names}, compared case-insensitively. */
    List<String> findLiveNames(UUID org, Collection<String> names) {
        return jdbc.sql("""
                select carrier_name from carrier
                where org_id = :org and deleted_at is null
                  and lower(carrier_name) in (select lower(n) from unnest(cast(:names as text[])) as n)
                """)
                .param("org", org)
                .param("names", names.toArray(String[]::new))
                .query(String.class)
                .list();
    }

    /** Writes every mutable column; empty when {@code baseVersion} is no longer current. */
    Optional<Carrier> update(UUID org, Carrier c, int baseVersion) {
        var params = params(org, c);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update carrier set carrier_name = :carrierName, carrier_group_name = :carrierGroupName,
                    electronic_id = :electronicId, electronic_filing_type = :electronicFilingType,
                    era_automation_override = :eraAutomationOverride,
                    cob_insurance_paid_behavior_override = :cobInsurancePaidBehaviorOverride,
                    trust_level = :trustLevel, is_hidden = :isHidden, address_line1 = :addressLine1,
                    address_line2 = :addressLine2, city = :city, state = :state, zip_code = :zipCode, phone = :phone,
                    notes = :notes, coinsurance_inverted = :coinsuranceInverted, version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion
                returning
                """ + COLUMNS).params(params).query(CARRIER).optional();
    }

    int archive(UUID org, Collection<UUID> ids) {
        return jdbc.sql("""
                update carrier set deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and id = any(:ids) and deleted_at is null
                """)
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .update();
    }

    private static Map<String, Object> params(UUID org, Carrier c) {
        var p = new HashMap<String, Object>();
        p.put("org", org);
        p.put("id", c.id());
        p.put("carrierName", c.carrierName());
        p.put("carrierGroupName", c.carrierGroupName());
        p.put("electronicId", c.electronicId());
        p.put("electronicFilingType", name(c.electronicFilingType()));
        p.put("eraAutomationOverride", name(c.eraAutomationOverride()));
        p.put("cobInsurancePaidBehaviorOverride", c.cobInsurancePaidBehaviorOverride());
        p.put("trustLevel", name(c.trustLevel()));
        p.put("isHidden", c.isHidden());
        p.put("addressLine1", c.addressLine1());
        p.put("addressLine2", c.addressLine2());
        p.put("city", c.city());
        p.put("state", c.state());
        p.put("zipCode", c.zipCode());
        p.put("phone", c.phone());
        p.put("notes", c.notes());
        p.put("coinsuranceInverted", c.coinsuranceInverted());
        return p;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
