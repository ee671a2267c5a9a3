package io.bitewing.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of style.md, checked on every build. */
@AnalyzeClasses(packages = "io.bitewing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> REPOSITORY_OR_ITS_TYPES = DescribedPredicate.describe(
            "a repository or a type nested in one", c -> c.getName().matches(".*Repository(\\$.*)?"));

    @ArchTest
    static final ArchRule sharedPlumbingKnowsNoBusinessModule = noClasses()
            .that().resideInAPackage("io.bitewing.shared..")
            .should().dependOnClassesThat(resideInAPackage("io.bitewing..").and(not(resideInAPackage("io.bitewing.shared.."))))
            .because("shared is the open module every feature uses; it must not reach back into them");

    @ArchTest
    static final ArchRule modulesDoNotDependOnEachOtherInCycles = slices()
            .matching("io.bitewing.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersGoThroughServices = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat(REPOSITORY_OR_ITS_TYPES)
            .allowEmptyShould(true)
            .because("request flow is controller -> service -> repository");

    @ArchTest
    static final ArchRule onlyRepositoriesAndPlumbingTalkSql = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.springframework.jdbc..");

    @ArchTest
    static final ArchRule estimationEngineIsPure = noClasses()
            .that().resideInAPackage("io.bitewing.estimate.engine..")
            .should().dependOnClassesThat(resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                    .or(resideInAPackage("io.bitewing..")
                            .and(not(resideInAnyPackage("io.bitewing.estimate.engine..", "io.bitewing.shared.money..")))))
            .because("the estimation engine is pure: one explicit input, no Spring, no SQL, no other module");

    @ArchTest
    static final ArchRule noJpa = noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..")
            .because("data access is hand-written SQL through JdbcClient");
}
