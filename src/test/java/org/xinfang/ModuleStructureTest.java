package org.xinfang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

/**
 * The packages under {@code org.xinfang} are modules that depend one way: no cycles, no use of
 * another module's inner packages (Spring Modulith), and no module above its own layer. The
 * diagrams in {@code docs/architecture} are drawn from the same analysis and must show the code as
 * it is; {@code ./mvnw test -Dtest=ModuleStructureTest -Dxinfang.write-module-docs=true} redraws them.
 *
 * <p>The analysis reads bytecode: a module that uses nothing of another but its string constants
 * (which the compiler copies in) shows no arrow to it.
 */
class ModuleStructureTest {

  static final ApplicationModules MODULES = ApplicationModules.of(XinfangApplication.class);

  /** From the bottom up; a module may use its own layer and those below it. */
  enum Layer {
    /** The calendar and the clock, the organization, the HTTP API's conventions, security, the audit log. */
    FOUNDATION("#cfd8dc"),
    /** The case record: one item, its timeline, who may see it. */
    CASE_RECORD("#f6c48f"),
    /** The petition process and what every process uses: notices, repeat matching. */
    PROCESS("#f3e29b"),
    /** What happens around a case: supervision, satisfaction rating, review, leaders' instructions; the operations metrics. */
    FEATURES("#a8dcc5"),
    /** What people work at: the desk, the petitioner's lookup, Tasklist's filters, the demo, the statistics. */
    DESK("#bccbf2");

    final String color;

    Layer(String color) {
      this.color = color;
    }
  }

  static final Path DOCS = Path.of("docs", "architecture");

  static final Map<String, Layer> LAYERS = Map.ofEntries(
      Map.entry("deadline", Layer.FOUNDATION),
      Map.entry("holiday", Layer.FOUNDATION),
      Map.entry("duedate", Layer.FOUNDATION),
      Map.entry("organization", Layer.FOUNDATION),
      Map.entry("web", Layer.FOUNDATION),
      Map.entry("security", Layer.FOUNDATION),
      Map.entry("audit", Layer.FOUNDATION),
      Map.entry("embedded", Layer.FOUNDATION),
      Map.entry("casefile", Layer.CASE_RECORD),
      Map.entry("notification", Layer.PROCESS),
      Map.entry("matching", Layer.PROCESS),
      Map.entry("workflow", Layer.PROCESS),
      Map.entry("supervision", Layer.FEATURES),
      Map.entry("rating", Layer.FEATURES),
      Map.entry("review", Layer.FEATURES),
      Map.entry("instruction", Layer.FEATURES),
      Map.entry("metrics", Layer.FEATURES),
      Map.entry("desk", Layer.DESK),
      Map.entry("imports", Layer.DESK),
      Map.entry("lookup", Layer.DESK),
      Map.entry("tasklist", Layer.DESK),
      Map.entry("demo", Layer.DESK),
      Map.entry("statistics", Layer.DESK));

  @Test
  void modulesFormNoCycleAndUseOnlyWhatEachOffers() {
    MODULES.verify();
  }

  @Test
  void everyModuleHasItsLayer() {
    assertThat(MODULES.stream().map(ApplicationModule::getName)).containsExactlyInAnyOrderElementsOf(LAYERS.keySet());
  }

  @Test
  void noModuleDependsOnALayerAboveItsOwn() {
    List<String> upward = MODULES.stream()
        .flatMap(module -> module.getDirectDependencies(MODULES).uniqueModules()
            .filter(used -> LAYERS.get(used.getName()).compareTo(LAYERS.get(module.getName())) > 0)
            .map(used -> module.getName() + " (" + LAYERS.get(module.getName()) + ") -> " + used.getName()
                + " (" + LAYERS.get(used.getName()) + ")"))
        .collect(Collectors.toList());
    assertThat(upward).isEmpty();
  }

  @Test
  void theDiagramsInTheDocsShowTheModulesAsTheyAre() throws IOException {
    Path drawn = Path.of("target", "module-diagrams");
    DiagramOptions options = DiagramOptions.defaults()
        .withStyle(DiagramStyle.UML)
        .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE)
        .withColorSelector(module -> Optional.of(LAYERS.get(module.getName()).color))
        .withDefaultDisplayName(module -> module.getName() + " (" + LAYERS.get(module.getName()).name().toLowerCase().replace('_', ' ') + ")");
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
        .writeModulesAsPlantUml(options)
        .writeIndividualModulesAsPlantUml(options);
    Map<String, String> diagrams = diagrams(drawn);
    if (Boolean.getBoolean("xinfang.write-module-docs")) {
      write(diagrams);
    }
    assertThat(diagrams(DOCS)).as("docs/architecture, redrawn with -Dxinfang.write-module-docs=true")
        .isEqualTo(diagrams);
  }

  private static Map<String, String> diagrams(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.toString().endsWith(".puml"))
          .collect(Collectors.toMap(file -> file.getFileName().toString(), file -> inOrder(read(file))));
    }
  }

  /** The PlantUML sources and their drawings, laid out by PlantUML's own engine: no Graphviz needed. */
  private static void write(Map<String, String> diagrams) throws IOException {
    Files.createDirectories(DOCS);
    try (Stream<Path> old = Files.list(DOCS)) {
      for (Path file : old.filter(file -> file.toString().matches(".*\\.(puml|svg)$")).toList()) {
        Files.delete(file);
      }
    }
    for (var diagram : diagrams.entrySet()) {
      Files.writeString(DOCS.resolve(diagram.getKey()), diagram.getValue());
      String source = diagram.getValue().replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
      try (OutputStream svg = Files.newOutputStream(DOCS.resolve(diagram.getKey().replace(".puml", ".svg")))) {
        new SourceStringReader(source).outputImage(svg, new FileFormatOption(FileFormat.SVG));
      }
    }
  }

  /**
   * The Documenter lists components and dependencies in an order that changes from run to run:
   * each kind in its own sorted order, where it stood.
   */
  static String inOrder(String diagram) {
    List<String> lines = new ArrayList<>(List.of(diagram.split("\n", -1)));
    for (Predicate<String> kind : List.<Predicate<String>>of(line -> line.startsWith("component "),
        line -> line.contains(".> "))) {
      List<Integer> at = IntStream.range(0, lines.size()).filter(i -> kind.test(lines.get(i))).boxed().toList();
      List<String> sorted = at.stream().map(lines::get).sorted().toList();
      IntStream.range(0, at.size()).forEach(i -> lines.set(at.get(i), sorted.get(i)));
    }
    return String.join("\n", lines);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
