package io.bitewing.imports;

import io.bitewing.benefit.BenefitRequests;
import io.bitewing.carrier.CarrierRequests;
import io.bitewing.imports.ImportRequests.CarrierKey;
import io.bitewing.plan.PlanRequests;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.JsonBodies;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an import body into rows, checking each exactly as the single create route would (types, enums, sizes),
 * before anything is written. Every problem of every row is collected into one 422; JSON rows are located at
 * {@code ["body", "carriers" | "plans", i, field]}, CSV rows at {@code ["body", row, column]}.
 */
@Component
class ImportReader {

    static final int MAX_PROBLEMS = 100;

    /** A placeholder carrier while a plan row is checked; the importer reads the row again with its carrier. */
    static final UUID UNRESOLVED = new UUID(0, 0);

    /** A carrier row: where it sits in the body, and the create body it holds. */
    record CarrierInput(int row, List<Object> at, CarrierRequests.Create body) {}

    /**
     * A plan row: its carrier key, its plan fields (a plan create body without carrier_uuid), and its benefits with
     * where each sits in the body; null benefits when the row named none.
     */
    record PlanInput(
            int row,
            List<Object> at,
            CarrierKey carrier,
            ObjectNode plan,
            List<BenefitRequests.Create> benefits,
            List<List<Object>> benefitsAt) {}

    private static final List<String> PLAN_COLUMNS = ImportCsv.columns(PlanRequests.Create.class).stream()
            .filter(c -> !c.equals("carrier_uuid"))
            .toList();
    private static final List<String> BENEFIT_COLUMNS = ImportCsv.columns(BenefitRequests.Create.class);
    private static final int MAX_PLAN_LINES = 100_000;

    private final JsonMapper json;
    private final Validator validator;

    ImportReader(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The carrier rows of a JSON or CSV body. */
    List<CarrierInput> carriers(ImportBody body) {
        return body.csv() ? carriers(body.bytes()) : carriers(json(body.bytes(), ImportRequests.CarrierImport.class));
    }

    /** The plan rows of a JSON or CSV body. */
    List<PlanInput> plans(ImportBody body) {
        return body.csv() ? plans(body.bytes()) : plans(json(body.bytes(), ImportRequests.PlanImport.class));
    }

    /** A JSON body read as a JSON route reads its body: strictly, then validated; any problem is a 422. */
    private <T> T json(byte[] bytes, Class<T> type) {
        var problems = new ArrayList<FieldProblem>();
        JsonNode tree = JsonBodies.parse(json, bytes, problems);
        T body = tree == null ? null : JsonBodies.read(json, validator, tree, type, List.of("body"), problems);
        ImportCsv.requireNone(problems, MAX_PROBLEMS);
        return body;
    }

    private List<CarrierInput> carriers(ImportRequests.CarrierImport body) {
        var rows = new ArrayList<CarrierInput>();
        for (int i = 0; i < body.carriers().size(); i++) {
            rows.add(new CarrierInput(
                    i, List.of("body", "carriers", i), body.carriers().get(i)));
        }
        return rows;
    }

    private List<CarrierInput> carriers(byte[] csv) {
        var problems = new ArrayList<FieldProblem>();
        var columns = ImportCsv.columns(CarrierRequests.Create.class);
        var rows = new ArrayList<CarrierInput>();
        for (ImportCsv.Line line : ImportCsv.read(csv, columns, ImportRequests.MAX_CARRIERS, problems)) {
            ObjectNode node = ImportCsv.typed(line.values(), CarrierRequests.Create.class, line.row(), problems);
            var at = ImportCsv.at(line.row());
            var body = JsonBodies.read(json, validator, node, CarrierRequests.Create.class, at, problems);
            rows.add(new CarrierInput(line.row(), at, body));
        }
        ImportCsv.requireNone(problems, MAX_PROBLEMS);
        return rows;
    }

    private List<PlanInput> plans(ImportRequests.PlanImport body) {
        var problems = new ArrayList<FieldProblem>();
        var rows = new ArrayList<PlanInput>();
        for (int i = 0; i < body.plans().size(); i++) {
            List<Object> at = List.of("body", "plans", i);
            ObjectNode row = body.plans().get(i).deepCopy();
            ObjectNode key = take(row, CarrierKey.FIELDS);
            JsonNode benefitNodes = row.remove("benefits");
            List<BenefitRequests.Create> benefits = null;
            List<List<Object>> benefitsAt = null;
            if (benefitNodes != null && !benefitNodes.isNull()) {
                benefits = new ArrayList<>();
                benefitsAt = new ArrayList<>();
                if (!benefitNodes.isArray()) {
                    problems.add(problem(at, "benefits", "must be a valid list"));
                }
                for (int j = 0; benefitNodes.isArray() && j < benefitNodes.size(); j++) {
                    List<Object> benefitAt = append(append(at, "benefits"), j);
                    benefits.add(benefit(benefitNodes.get(j), benefitAt, problems));
                    benefitsAt.add(benefitAt);
                }
            }
            rows.add(plan(at, i, key, row, benefits, benefitsAt, problems));
        }
        ImportCsv.requireNone(problems, MAX_PROBLEMS);
        return rows;
    }

    /**
     * One CSV record per benefit, the plan's columns repeated on each (a later record may leave them blank); a
     * record whose benefit columns are all blank adds no benefit, and a plan none of whose records has one keeps its
     * benefits. Records belong to one plan when they name the same carrier, group number and plan type.
     */
    private List<PlanInput> plans(byte[] csv) {
        var problems = new ArrayList<FieldProblem>();
        var columns = Stream.of(CarrierKey.FIELDS, PLAN_COLUMNS, BENEFIT_COLUMNS)
                .flatMap(List::stream)
                .toList();
        var groups = new LinkedHashMap<List<String>, List<ImportCsv.Line>>();
        for (ImportCsv.Line line : ImportCsv.read(csv, columns, MAX_PLAN_LINES, problems)) {
            groups.computeIfAbsent(groupKey(line.values()), k -> new ArrayList<>())
                    .add(line);
        }
        if (groups.size() > ImportRequests.MAX_PLANS) {
            problems.add(FieldProblem.at(
                    List.of("body"), "must hold at most " + ImportRequests.MAX_PLANS + " plans", "value_error"));
        }
        var rows = new ArrayList<PlanInput>();
        for (List<ImportCsv.Line> lines : groups.values()) {
            ImportCsv.Line first = lines.get(0);
            List<Object> at = ImportCsv.at(first.row());
            ObjectNode key =
                    ImportCsv.typed(only(first.values(), CarrierKey.FIELDS), CarrierKey.class, first.row(), problems);
            ObjectNode plan = ImportCsv.typed(
                    only(first.values(), PLAN_COLUMNS), PlanRequests.Create.class, first.row(), problems);
            var benefits = new ArrayList<BenefitRequests.Create>();
            var benefitsAt = new ArrayList<List<Object>>();
            for (ImportCsv.Line line : lines) {
                requireSamePlan(line, first, problems);
                var values = only(line.values(), BENEFIT_COLUMNS);
                if (!values.isEmpty()) {
                    ObjectNode benefit = ImportCsv.typed(values, BenefitRequests.Create.class, line.row(), problems);
                    benefits.add(benefit(benefit, ImportCsv.at(line.row()), problems));
                    benefitsAt.add(ImportCsv.at(line.row()));
                }
            }
            boolean given = !benefits.isEmpty();
            rows.add(plan(at, first.row(), key, plan, given ? benefits : null, given ? benefitsAt : null, problems));
        }
        ImportCsv.requireNone(problems, MAX_PROBLEMS);
        return rows;
    }

    /** The plan create body of a row whose carrier is {@code carrierId}, read as the plan create route reads it. */
    PlanRequests.Create planBody(ObjectNode plan, UUID carrierId, List<Object> at, List<FieldProblem> problems) {
        ObjectNode body = plan.deepCopy();
        body.put("carrier_uuid", carrierId.toString());
        return JsonBodies.read(json, validator, body, PlanRequests.Create.class, at, problems);
    }

    private PlanInput plan(
            List<Object> at,
            int row,
            ObjectNode key,
            ObjectNode plan,
            List<BenefitRequests.Create> benefits,
            List<List<Object>> benefitsAt,
            List<FieldProblem> problems) {
        CarrierKey carrier = JsonBodies.read(json, validator, key, CarrierKey.class, at, problems);
        long named = CarrierKey.FIELDS.stream().filter(key::has).count();
        if (named != 1) {
            String msg = named == 0
                    ? "Field required: name the carrier by carrier_uuid, carrier_electronic_id or carrier_name"
                    : "give only one of carrier_uuid, carrier_electronic_id and carrier_name";
            problems.add(FieldProblem.at(append(at, "carrier_uuid"), msg, named == 0 ? "missing" : "value_error"));
        }
        JsonNode groupNumber = plan.get("group_number");
        if (groupNumber == null
                || groupNumber.isNull()
                || groupNumber.isString() && groupNumber.asString().isBlank()) {
            problems.add(FieldProblem.at(
                    append(at, "group_number"),
                    "Field required: with the carrier, group_number is the plan's natural key",
                    "missing"));
        }
        if (benefits != null && benefits.size() > ImportRequests.MAX_BENEFITS) {
            problems.add(problem(at, "benefits", "must hold at most " + ImportRequests.MAX_BENEFITS + " benefits"));
        }
        planBody(plan, UNRESOLVED, at, problems);
        return new PlanInput(row, at, carrier, plan, benefits, benefitsAt);
    }

    private BenefitRequests.Create benefit(JsonNode node, List<Object> at, List<FieldProblem> problems) {
        return JsonBodies.read(json, validator, node, BenefitRequests.Create.class, at, problems);
    }

    /** A later record of a plan may repeat the plan's values or leave them blank, not give others. */
    private static void requireSamePlan(ImportCsv.Line line, ImportCsv.Line first, List<FieldProblem> problems) {
        for (String column : PLAN_COLUMNS) {
            String value = line.values().get(column);
            if (value != null && !value.equals(first.values().get(column))) {
                problems.add(ImportCsv.problem(
                        line.row(), column, "differs from row " + first.row() + ", the plan's first row"));
            }
        }
    }

    private static List<String> groupKey(Map<String, String> values) {
        var key = new ArrayList<String>();
        for (String field : CarrierKey.FIELDS) {
            key.add(lower(values.get(field)));
        }
        key.add(lower(values.get("group_number")));
        key.add(values.get("plan_type"));
        return key;
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> only(Map<String, String> values, List<String> columns) {
        var picked = new LinkedHashMap<String, String>();
        values.forEach((k, v) -> {
            if (columns.contains(k)) {
                picked.put(k, v);
            }
        });
        return picked;
    }

    private static ObjectNode take(ObjectNode row, List<String> fields) {
        ObjectNode taken = row.objectNode();
        for (String field : fields) {
            JsonNode value = row.remove(field);
            if (value != null && !value.isNull()) {
                taken.set(field, value);
            }
        }
        return taken;
    }

    private static List<Object> append(List<Object> at, Object part) {
        var loc = new ArrayList<>(at);
        loc.add(part);
        return loc;
    }

    private static FieldProblem problem(List<Object> at, String field, String msg) {
        return FieldProblem.at(append(at, field), msg, "value_error");
    }
}
