package org.xinfang.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the lines of a CSV file or a workbook into a {@link SourceFile}: the first line is the
 * header row, with every required column, no unknown one and none twice; a row has no value
 * beyond the last header; rows with no value at all are skipped.
 */
final class SourceLines {

  /** A record of the file as its reader found it, with the line it starts on. */
  record Line(int number, List<String> values) {

    boolean blank() {
      return values.stream().allMatch(String::isBlank);
    }
  }

  private SourceLines() {}

  /** Reads a file by its name's ending: .csv or .xlsx. */
  static SourceFile read(String fileName, byte[] bytes) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return of(CsvFiles.read(bytes));
    }
    if (name.endsWith(".xlsx")) {
      return of(XlsxFiles.read(bytes));
    }
    throw new ImportFileRefused(1, "文件应为.xlsx（Excel工作簿）或.csv（UTF-8编码）");
  }

  static SourceFile of(List<Line> lines) {
    List<Line> filled = lines.stream().filter(line -> !line.blank()).toList();
    if (filled.isEmpty()) {
      throw new ImportFileRefused(1, "文件是空的：第1行应为表头");
    }
    Line header = filled.get(0);
    List<String> headers = header.values().stream().map(String::strip).toList();
    List<RowProblem> problems = new ArrayList<>(headerProblems(header.number(), headers));
    List<SourceFile.Row> rows = new ArrayList<>();
    for (Line line : filled.subList(1, filled.size())) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < line.values().size(); i++) {
        String value = line.values().get(i).strip();
        if (value.isEmpty()) {
          continue;
        }
        if (i >= headers.size() || headers.get(i).isEmpty()) {
          problems.add(new RowProblem(line.number(), null, "第" + (i + 1) + "列没有表头，不能填写内容"));
        } else {
          cells.put(headers.get(i), value);
        }
      }
      rows.add(new SourceFile.Row(line.number(), cells));
    }
    if (!problems.isEmpty()) {
      throw new ImportFileRefused(problems);
    }
    if (rows.isEmpty()) {
      throw new ImportFileRefused(header.number(), "文件中没有数据行");
    }
    return new SourceFile(headers, rows);
  }

  private static List<RowProblem> headerProblems(int line, List<String> headers) {
    List<RowProblem> problems = new ArrayList<>();
    List<String> known = ImportColumn.headers();
    Set<String> seen = new HashSet<>();
    for (String header : headers) {
      if (header.isEmpty()) {
        continue;
      }
      if (!known.contains(header)) {
        problems.add(new RowProblem(line, header, "不是导入模板中的列名"));
      } else if (!seen.add(header)) {
        problems.add(new RowProblem(line, header, "列名重复"));
      }
    }
    for (ImportColumn column : ImportColumn.ALL) {
      if (column.required() && !seen.contains(column.header())) {
        problems.add(new RowProblem(line, column.header(), "缺少必填列"));
      }
    }
    return problems;
  }
}
