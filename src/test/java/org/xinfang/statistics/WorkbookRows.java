package org.xinfang.statistics;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads an exported sheet back as Excel shows its cells. */
final class WorkbookRows {

  private WorkbookRows() {}

  static List<List<String>> rows(Sheet sheet) {
    DataFormatter shown = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.getLastCellNum(); i++) {
        cells.add(shown.formatCellValue(row.getCell(i)));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** The cells of the row whose first cell reads {@code first}. */
  static List<String> row(Sheet sheet, String first) {
    return rows(sheet).stream()
        .filter(cells -> !cells.isEmpty() && first.equals(cells.get(0)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + first + " in sheet " + sheet.getSheetName()));
  }
}
