package dojo.dockerfile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DockerfilePackageRulesTest {

    @Test
    void the_parser_depends_on_nothing_but_the_jdk() {
        JavaClasses parser = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dojo.dockerfile");

        classes().should().onlyDependOnClassesThat().resideInAnyPackage("dojo.dockerfile..", "java..")
                .because("the Dockerfile is read as plain text, so the parser is tested without Docker or libraries")
                .check(parser);
    }
}
