package dojo.katas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dojo.katas")
class KataApiArchitectureTest {

    @ArchTest
    static final ArchRule kata_tests_use_only_the_public_kata_api = classes()
            .that().haveSimpleNameEndingWith("Kata")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dojo.kata", "dojo.check", "dojo.katas",
                    "java..", "org.junit..")
            .because("a kata states what it grades through the kata API; how the grader builds and measures"
                    + " stays free to change");
}
