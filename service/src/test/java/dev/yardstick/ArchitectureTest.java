package dev.yardstick;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The pipeline's dependency direction, as the package-info files describe it. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.yardstick");

    @Test
    void documentDependsOnNothingElseInYardstick() {
        noClasses().that().resideInAPackage("..document..")
                .should().dependOnClassesThat().resideInAnyPackage("..extract..", "..catalogue..", "..cli..", "..store..", "..api..", "..ingest..", "..analysis..")
                .check(CLASSES);
    }

    @Test
    void extractionKnowsNothingOfCatalogueStorageOrTheWeb() {
        noClasses().that().resideInAPackage("..extract..")
                .should().dependOnClassesThat().resideInAnyPackage("..catalogue..", "..cli..", "..store..", "..api..",
                        "org.influxdb..", "org.springframework..", "jakarta.servlet..", "tools.jackson..")
                .check(CLASSES);
    }

    @Test
    void catalogueKnowsNothingOfStorageOrTheWeb() {
        noClasses().that().resideInAPackage("..catalogue..")
                .should().dependOnClassesThat().resideInAnyPackage("..cli..", "..store..", "..api..", "org.influxdb..", "org.springframework..")
                .check(CLASSES);
    }

    @Test
    void reconciliationIsPure() {
        noClasses().that().resideInAPackage("..series..")
                .should().dependOnClassesThat().resideInAnyPackage("..catalogue..", "..store..", "..cli..", "org.influxdb..", "org.springframework..")
                .check(CLASSES);
    }

    @Test
    void analysisIsPureFunctionsOfSeriesAndTargets() {
        noClasses().that().resideInAPackage("..analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("..store..", "..ingest..", "..api..", "..cli..", "..extract..",
                        "..document..", "org.influxdb..", "org.springframework..", "tools.jackson..")
                .check(CLASSES);
    }

    @Test
    void onlyAnalysisUsesCommonsMath() {
        noClasses().that().resideOutsideOfPackage("..analysis..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.math3..")
                .check(CLASSES);
    }

    @Test
    void onlyTheDocumentPackageReadsWordAndPdfFiles() {
        noClasses().that().resideOutsideOfPackage("..document..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.pdfbox..", "org.openxmlformats..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreTalksToInfluxDb() {
        noClasses().that().resideOutsideOfPackage("..store..")
                .should().dependOnClassesThat().resideInAPackage("org.influxdb..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheHttpApi() {
        noClasses().that().resideOutsideOfPackage("..api..")
                .should().dependOnClassesThat().resideInAPackage("..api..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("..cli..").and().doNotHaveSimpleName("Yardstick")
                .should().dependOnClassesThat().resideInAPackage("..cli..")
                .check(CLASSES);
    }

    @Test
    void everyTagReachesInfluxDbThroughTheOneEscapingFunction() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.yardstick.store.LineProtocol")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("tag"))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.core.domain.JavaClass.Predicates.type(org.influxdb.dto.Point.Builder.class)))))
                .orShould().callMethod(org.influxdb.dto.Point.class, "measurement", String.class)
                .check(CLASSES);
    }
}
