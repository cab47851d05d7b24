package org.xinfang.imports;

import java.util.List;

/** The file cannot be imported as it is: every problem found, none of the file imported. */
class ImportFileRefused extends RuntimeException {

  private final transient List<RowProblem> problems;

  ImportFileRefused(List<RowProblem> problems) {
    super(problems.size() + " problems in the import file");
    this.problems = List.copyOf(problems);
  }

  ImportFileRefused(int line, String reason) {
    this(List.of(new RowProblem(line, null, reason)));
  }

  List<RowProblem> problems() {
    return problems;
  }
}
