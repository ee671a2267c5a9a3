package io.bitewing.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The module boundaries of style.md, checked on every build. */
@AnalyzeClasses(packages = "io.bitewing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> REPOSITORY_OR_ITS_TYPES = DescribedPredicate.describe(
            "a repository or a type nested in one", c -> c.getName().matches(".*Repository(\\$.*)?"));

    @ArchTest
    static final ArchRule sharedPlumbingKnowsNoBusinessModule = noClasses()
            .that()
            .resideInAPackage("io.bitewing.shared..")
            .should()
            .dependOnClassesThat(resideInAPackage("io.bitewing..").and(not(resideInAPackage("io.bitewing.shared.."))))
            .because("shared is the open module every feature uses; it must not reach back into them");

    @ArchTest
    static final ArchRule modulesDoNotDependOnEachOtherInCycles =
            slices().matching("io.bitewing.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersGoThroughServices = noClasses()
            .that()
            .haveSimpleNameEndingWith("Controller")
            .should()
            .dependOnClassesThat(REPOSITORY_OR_ITS_TYPES)
            .allowEmptyShould(true)
            .because("request flow is controller -> service -> repository");

    @ArchTest
    static final ArchRule onlyRepositoriesAndPlumbingTalkSql = noClasses()
            .that()
            .haveSimpleNameEndingWith("Controller")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.springframework.jdbc..");

    @ArchTest
    static final ArchRule estimationEngineIsPure = noClasses()
            .that()
            .resideInAPackage("io.bitewing.estimate.engine..")
            .should()
            .dependOnClassesThat(resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                    .or(resideInAPackage("io.bitewing..")
                            .and(not(resideInAnyPackage(
                                    "io.bitewing.estimate.engine..", "io.bitewing.shared.money..")))))
            .because("the estimation engine is pure: one explicit input, no Spring, no SQL, no other module");

    /**
     * The module map: the modules each module may use (besides {@code shared}, which all use). A dependency not
     * declared here fails the build; add it here deliberately, or route it through the module that owns the data.
     */
    static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("admin", Set.of()),
            Map.entry("carrier", Set.of()),
            Map.entry("practice", Set.of()),
            Map.entry("settings", Set.of("admin")),
            Map.entry("coverage", Set.of("admin", "practice")),
            Map.entry("plan", Set.of("carrier", "practice")),
            Map.entry("feeschedule", Set.of("practice")),
            Map.entry("subscription", Set.of("plan", "practice")),
            Map.entry("patientplan", Set.of("feeschedule", "plan", "practice", "subscription")),
            Map.entry("benefit", Set.of("coverage", "patientplan", "plan", "practice")),
            Map.entry("history", Set.of("patientplan", "practice")),
            Map.entry("verification", Set.of("patientplan", "plan", "settings", "subscription")),
            Map.entry("eligibility", Set.of("patientplan")),
            Map.entry("changes", Set.of()),
            Map.entry("payor", Set.of("carrier", "eligibility", "patientplan", "plan", "practice", "subscription")),
            Map.entry("estimatebook", Set.of("carrier", "feeschedule", "plan", "practice")),
            Map.entry("feeassignment", Set.of("carrier", "estimatebook", "feeschedule", "plan", "practice")),
            Map.entry("draft", Set.of("carrier", "eligibility", "patientplan", "plan", "practice", "subscription")),
            Map.entry("enrollment", Set.of("benefit", "carrier", "patientplan", "plan", "practice", "subscription")),
            Map.entry("imports", Set.of("benefit", "carrier", "plan")),
            Map.entry(
                    "opendental",
                    Set.of("benefit", "carrier", "coverage", "patientplan", "plan", "practice", "subscription")),
            Map.entry(
                    "x12",
                    Set.of(
                            "benefit",
                            "carrier",
                            "coverage",
                            "eligibility",
                            "estimatebook",
                            "history",
                            "patientplan",
                            "plan",
                            "practice",
                            "settings",
                            "subscription",
                            "verification")),
            Map.entry(
                    "estimate",
                    Set.of(
                            "benefit",
                            "coverage",
                            "eligibility",
                            "estimatebook",
                            "feeassignment",
                            "feeschedule",
                            "history",
                            "patientplan",
                            "plan",
                            "practice",
                            "settings")),
            Map.entry(
                    "demo",
                    Set.of(
                            "admin",
                            "benefit",
                            "carrier",
                            "coverage",
                            "draft",
                            "eligibility",
                            "estimatebook",
                            "feeassignment",
                            "feeschedule",
                            "history",
                            "patientplan",
                            "plan",
                            "practice",
                            "settings",
                            "subscription")));

    @ArchTest
    static void everyModuleIsOnTheMapAndUsesOnlyTheModulesItDeclares(JavaClasses classes) {
        var modules = new TreeSet<String>();
        classes.forEach(c -> {
            String[] parts = c.getPackageName().split("\\.");
            if (parts.length > 2 && parts[0].equals("io") && parts[1].equals("bitewing")) modules.add(parts[2]);
        });
        modules.remove("shared");
        assertThat(MAY_USE.keySet()).as("modules on the map").containsExactlyInAnyOrderElementsOf(modules);
        MAY_USE.forEach((module, allowed) -> {
            var permitted = new ArrayList<String>(List.of("io.bitewing." + module + "..", "io.bitewing.shared.."));
            allowed.forEach(m -> permitted.add("io.bitewing." + m + ".."));
            noClasses()
                    .that()
                    .resideInAPackage("io.bitewing." + module + "..")
                    .should()
                    .dependOnClassesThat(resideInAPackage("io.bitewing..")
                            .and(not(resideInAnyPackage(permitted.toArray(String[]::new)))))
                    .because(module + " declares only " + allowed + " on the module map")
                    .check(classes);
        });
    }

    @ArchTest
    static final ArchRule sqlLivesInRepositories = noClasses()
            .that(not(REPOSITORY_OR_ITS_TYPES))
            .and()
            .resideOutsideOfPackage("io.bitewing.shared..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
            .because("SQL is written in a module's repositories (and the shared plumbing), where it can be read");

    @ArchTest
    static final ArchRule noJpa = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..")
            .because("data access is hand-written SQL through JdbcClient");
}
