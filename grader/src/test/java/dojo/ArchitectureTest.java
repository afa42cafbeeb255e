package dojo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

@AnalyzeClasses(packages = "dojo", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule parsing_and_filesystem_analysis_need_no_docker_client = noClasses()
            .that().resideInAnyPackage("dojo.dockerfile..", "dojo.image..", "dojo.check..", "dojo.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.testcontainers..", "com.github.dockerjava..",
                    "dojo.engine..", "dojo.build..", "dojo.kata..", "dojo.cli..")
            .because("parsing, filesystem analysis, checks and reports work on plain text and tar streams,"
                    + " so they are tested without an engine");

    @ArchTest
    static final ArchRule only_the_cli_writes_to_the_terminal = noClasses()
            .that().resideOutsideOfPackage("dojo.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("what the user sees is the CLI's output; everything else returns values or logs");

    @ArchTest
    static final ArchRule the_cli_is_a_leaf = noClasses()
            .that().resideOutsideOfPackage("dojo.cli..")
            .should().dependOnClassesThat().resideInAPackage("dojo.cli..")
            .because("the grader works the same whether the CLI or Maven runs it");

    @ArchTest
    static final ArchRule the_builders_do_not_reach_into_the_kata_api = noClasses()
            .that().resideInAnyPackage("dojo.build..", "dojo.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("dojo.cli..", "dojo.report..")
            .because("building and talking to the engine sit below grading and reporting");
}
