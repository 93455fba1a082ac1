package nl.xlascorecard.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering rules of docs/architecture.md, enforced on the core's production classes: the core
 * needs the JDK only (so it runs unchanged in Jira and in the sandbox), domain code knows nothing of
 * use cases or adapters, and features do not depend on each other in a circle.
 */
@AnalyzeClasses(packages = "nl.xlascorecard.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreUsesOnlyTheJdk = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "nl.xlascorecard.core..")
            .because("the core must run in Jira and in the sandbox alike, without Atlassian or framework types");

    @ArchTest
    static final ArchRule domainDoesNotKnowServicesOrPorts = noClasses()
            .that().resideInAPackage("..core.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.*.service..", "..core.*.port..")
            .because("domain records and rules are used by the ports and services, not the other way round");

    @ArchTest
    static final ArchRule portsDoNotKnowServices = noClasses()
            .that().resideInAPackage("..core.*.port..")
            .should().dependOnClassesThat().resideInAPackage("..core.*.service..");

    @ArchTest
    static final ArchRule sharedKnowsNoFeature = noClasses()
            .that().resideInAPackage("nl.xlascorecard.core.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.xlascorecard.core.organisation..", "nl.xlascorecard.core.scorecard..", "nl.xlascorecard.core.action..");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("nl.xlascorecard.core.(*)..")
            .should().beFreeOfCycles();
}
