package dev.ormkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of ARCHITECTURE.md, enforced: the core is plain Java (Spring and Micrometer see
 * it through listeners), and Core (engine, SQL, schema, dialects) never reaches into the ORM.
 */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dev.ormkit");
    }

    @Test
    void coreDependsOnNeitherSpringNorMicrometer() {
        noClasses().that().resideInAPackage("dev.ormkit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.micrometer..")
                .because("orm-core is plain Java; Spring and Micrometer see it through dev.ormkit.event listeners")
                .check(production);
    }

    @Test
    void sqlDoesNotReachIntoTheOrm() {
        noClasses().that().resideInAPackage("dev.ormkit.sql..")
                .should().dependOnClassesThat().resideInAPackage("dev.ormkit.orm..")
                .because("the expression language is Core; the ORM builds on it, not the other way round")
                .check(production);
    }

    @Test
    void coreLayersDoNotDependOnMappingOrOrm() {
        noClasses().that().resideInAnyPackage("dev.ormkit.engine..", "dev.ormkit.sql..", "dev.ormkit.schema..",
                        "dev.ormkit.dialect..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ormkit.mapping..", "dev.ormkit.orm..")
                .because("Core knows nothing of objects (ARCHITECTURE.md: two layers, as in SQLAlchemy)")
                .check(production);
    }

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        // exc <- sql <- schema <- dialect <- engine <- mapping <- orm, with event beside the engine
        slices().matching("dev.ormkit.(*)..")
                .should().beFreeOfCycles()
                .because("each layer of the house depends only on the layers below it")
                .check(production);
    }

    @Test
    void everyPackageIsFreeOfCycles() {
        // finer than the layers: a dialect's sub-package and the dialect package, mapping.meta and mapping
        slices().matching("dev.ormkit.(**)")
                .should().beFreeOfCycles()
                .because("dialects are found through ServiceLoader, so the dialect package names none of them")
                .check(production);
    }

    @Test
    void theExpressionLanguageStatesWhatItNeeds() {
        noClasses().that().resideInAPackage("dev.ormkit.sql..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ormkit.schema..", "dev.ormkit.dialect..",
                        "dev.ormkit.engine..", "dev.ormkit.event..")
                .because("sql asks a dialect through SqlDialect and a table through TableClause, its own interfaces")
                .check(production);
    }

    @Test
    void theSchemaReachesDialectsAndExecutionThroughNarrowInterfaces() {
        noClasses().that().resideInAPackage("dev.ormkit.schema..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ormkit.dialect..", "dev.ormkit.engine..")
                .because("schema asks a dialect through DdlDialect and runs DDL through SchemaConnection")
                .check(production);
    }

    @Test
    void noDatabaseIsNamedOutsideTheDialects() {
        noClasses().that().resideOutsideOfPackage("dev.ormkit.dialect..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ormkit.dialect.*")
                .because("a database's differences live in its dialect; the rest of the code asks Dialect")
                .check(production);
    }

    @Test
    void theRulesSeeTheCode() {
        // a rule over an empty import would pass vacuously
        org.assertj.core.api.Assertions.assertThat(production.containPackage("dev.ormkit.engine")).isTrue();
        org.assertj.core.api.Assertions.assertThat(production.containPackage("dev.ormkit.sql")).isTrue();
    }
}
