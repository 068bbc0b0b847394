package dev.yardstick;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pipeline's dependency direction. Each package declares the Yardstick packages it may use
 * once, in the "Depends on:" line of its {@code package-info.java}; this test reads those lines
 * and checks them against the compiled classes both ways (nothing undeclared is used, nothing
 * declared is unused, so the files stay true to the code), and that they form no cycle.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.yardstick";
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern DEPENDS_ON = Pattern.compile("Depends on:(.*?)\\.(?:\\s|$)", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\\{@code ([a-z]+)}");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** The first segment under dev.yardstick ("" for the root package itself). */
    private static String moduleOf(String packageName) {
        if (packageName.equals(ROOT)) {
            return "";
        }
        if (!packageName.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static Stream<String> modules() {
        return CLASSES.stream().map(c -> moduleOf(c.getPackageName())).distinct().sorted();
    }

    /** The packages a module's package-info declares it depends on. */
    private static Set<String> declared(String module) {
        Path file = SOURCES.resolve(ROOT.replace('.', '/')).resolve(module).resolve("package-info.java");
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError("package " + name(module) + " has no readable " + file + ": add one with a 'Depends on:' line", e);
        }
        Matcher line = DEPENDS_ON.matcher(text.replaceAll("\\n\\s*\\*", " "));
        if (!line.find()) {
            throw new AssertionError(file + " has no 'Depends on: {@code a}, {@code b}.' (or 'Depends on: nothing in Yardstick.') line");
        }
        Set<String> modules = new TreeSet<>();
        Matcher code = CODE.matcher(line.group(1));
        while (code.find()) {
            modules.add(code.group(1));
        }
        return modules;
    }

    private static Map<String, Set<String>> declaredGraph() {
        return modules().collect(Collectors.toMap(m -> m, ArchitectureTest::declared));
    }

    /** The packages the module's classes use, read from the bytecode. */
    private static Set<String> used(String module) {
        Set<String> used = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            if (module.equals(moduleOf(c.getPackageName()))) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    String target = moduleOf(d.getTargetClass().getPackageName());
                    if (target != null && !target.equals(module)) {
                        used.add(target);
                    }
                }
            }
        }
        return used;
    }

    private static String name(String module) {
        return module.isEmpty() ? ROOT : ROOT + "." + module;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void packageUsesOnlyThePackagesItsPackageInfoDeclares(String module) {
        Set<String> allowed = declared(module);
        Set<String> forbidden = new TreeSet<>(modules().filter(m -> !m.isEmpty()).toList());
        forbidden.removeAll(allowed);
        forbidden.remove(module);
        DescribedPredicate<JavaClass> inForbidden = DescribedPredicate.describe("reside in a package " + name(module)
                + "'s package-info does not declare " + forbidden, c -> {
                    String target = moduleOf(c.getPackageName());
                    return target != null && forbidden.contains(target);
                });
        (module.isEmpty() ? noClasses().that().resideInAPackage(ROOT) : noClasses().that().resideInAPackage(name(module) + ".."))
                .should().dependOnClassesThat(inForbidden)
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void packageInfoDeclaresNoDependencyTheCodeNoLongerHas(String module) {
        assertThat(used(module)).as("packages %s uses (its package-info's 'Depends on:' line must name exactly these)", name(module))
                .containsExactlyInAnyOrderElementsOf(declared(module));
    }

    @Test
    void declaredDependenciesRunOneWayAlongThePipeline() {
        Map<String, Set<String>> graph = declaredGraph();
        // Kahn's algorithm: whatever cannot be ordered sits on a cycle
        Map<String, Set<String>> remaining = new HashMap<>();
        graph.forEach((m, deps) -> remaining.put(m, new HashSet<>(deps)));
        List<String> order = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (String m : List.copyOf(remaining.keySet())) {
                if (order.containsAll(remaining.get(m))) {
                    order.add(m);
                    remaining.remove(m);
                    progress = true;
                }
            }
        }
        assertThat(remaining.keySet()).as("packages whose declared dependencies form a cycle").isEmpty();
        assertThat(graph.values().stream().flatMap(Set::stream)).as("declared dependencies name packages that exist")
                .allMatch(graph::containsKey);
    }

    /** Libraries the pure steps must not touch; Yardstick packages are the package-info lines' job. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pureSteps")
    void pureStepsKnowNothingOfSpringInfluxDbOrHttp(String module) {
        noClasses().that().resideInAPackage(name(module) + "..")
                .should().dependOnClassesThat().resideInAnyPackage("org.influxdb..", "okhttp3..", "org.springframework..",
                        "jakarta.servlet..", "io.micrometer..")
                .check(CLASSES);
    }

    static Stream<String> pureSteps() {
        return Stream.of("document", "extract", "catalogue", "series", "analysis", "bench");
    }

    @Test
    void noClassIsOver300Lines() throws IOException {
        // issue 14: past 300 lines a class has more than one job; split it by what it decides
        List<String> tooLong = new ArrayList<>();
        try (var files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(f).size();
                if (lines > 300) {
                    tooLong.add(SOURCES.relativize(f) + " (" + lines + ")");
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void extractionAndAnalysisReadNoJson() {
        noClasses().that().resideInAnyPackage(name("extract") + "..", name("series") + "..", name("analysis") + "..")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
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

    /**
     * One owner of the client: only the gateway calls it. {@code InfluxStore} may name the
     * client's {@code QueryResult}, the answer of its ad-hoc {@code query(String)}, and nothing else.
     */
    @Test
    void onlyTheGatewayTalksToTheInfluxDbClient() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.yardstick.store.InfluxGateway")
                .and().doNotHaveFullyQualifiedName("dev.yardstick.store.InfluxStore")
                // the gateway's HTTP interceptor, which keeps the status of a refusal the client would drop
                .and().doNotHaveFullyQualifiedName("dev.yardstick.store.InfluxRefusal")
                // the body of the gateway's write requests, streamed rather than handed to the client as one String
                .and().doNotHaveFullyQualifiedName("dev.yardstick.store.LineProtocolBody")
                .should().dependOnClassesThat().resideInAnyPackage("org.influxdb..", "okhttp3..")
                .check(CLASSES);
        noClasses().that().haveFullyQualifiedName("dev.yardstick.store.InfluxStore")
                .should().dependOnClassesThat(DescribedPredicate.describe("are client classes other than QueryResult",
                        c -> c.getPackageName().startsWith("org.influxdb") && !c.getName().startsWith("org.influxdb.dto.QueryResult")))
                .check(CLASSES);
    }

    /** Readers and writers do not call back into the store that created them. */
    @Test
    void storePartsDoNotCallBackIntoTheStore() {
        noClasses().that().resideInAPackage(ROOT + ".store")
                .and().doNotHaveFullyQualifiedName("dev.yardstick.store.InfluxStore")
                .and().doNotHaveFullyQualifiedName("dev.yardstick.store.StoreConfiguration")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.yardstick.store.InfluxStore")
                .check(CLASSES);
    }

    /** Every point is built as a PointRecord and rendered by LineProtocol: one path, which counts what it refuses. */
    @Test
    void everyPointIsBuiltThroughTheOnePath() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("org.influxdb.dto.Point")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.influxdb.dto.BatchPoints")
                .check(CLASSES);
    }
}
