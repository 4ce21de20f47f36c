package dev.ormkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
    void theRulesSeeTheCode() {
        // a rule over an empty import would pass vacuously
        org.assertj.core.api.Assertions.assertThat(production.containPackage("dev.ormkit.engine")).isTrue();
        org.assertj.core.api.Assertions.assertThat(production.containPackage("dev.ormkit.sql")).isTrue();
    }
}
