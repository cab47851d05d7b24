package org.xinfang.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xinfang.deadline.ChinaTime;

/**
 * An Excel workbook of plain tables: a bold header row of Chinese column names, then rows of
 * values. Numbers stay numbers, a {@link Percent} shows as a percentage, moments as China time.
 */
public final class Spreadsheet {

  /** A fraction (0.9938) that shows as a percentage (99.38%); none shows as an empty cell. */
  public record Percent(BigDecimal fraction) {}

  /** Widest column, in characters, however long a title. */
  private static final int MAX_WIDTH = 60;

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle percent;
  private final CellStyle moment;
  private final CellStyle day;

  public Spreadsheet() {
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    percent = workbook.createCellStyle();
    percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
    moment = workbook.createCellStyle();
    moment.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    day = workbook.createCellStyle();
    day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
  }

  /** A new sheet with its header row; add rows to the table it returns. */
  public Table sheet(String name, List<String> columns) {
    Table table = new Table(workbook.createSheet(name), columns.size());
    table.row(columns.toArray()).forEach(cell -> cell.setCellStyle(header));
    return table;
  }

  public byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      workbook.close();
      return out.toByteArray();
    } catch (IOException cannotHappenInMemory) {
      throw new UncheckedIOException(cannotHappenInMemory);
    }
  }

  /** One sheet: a header row, then one row per call. */
  public final class Table {

    private final Sheet sheet;
    private final int[] widths;

    private Table(Sheet sheet, int columns) {
      this.sheet = sheet;
      this.widths = new int[columns];
    }

    /** Appends a row of values, one per column; returns its cells. */
    public List<Cell> row(Object... values) {
      Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
      List<Cell> cells = new ArrayList<>();
      for (int column = 0; column < values.length; column++) {
        Cell cell = row.createCell(column);
        write(cell, values[column]);
        cells.add(cell);
        fit(column, values[column]);
      }
      return cells;
    }

    private void write(Cell cell, Object value) {
      if (value == null) {
        cell.setBlank();
      } else if (value instanceof Percent rate) {
        if (rate.fraction() != null) {
          cell.setCellValue(rate.fraction().doubleValue());
          cell.setCellStyle(percent);
        }
      } else if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (value instanceof Instant instant) {
        cell.setCellValue(LocalDateTime.ofInstant(instant, ChinaTime.ZONE));
        cell.setCellStyle(moment);
      } else if (value instanceof LocalDate date) {
        cell.setCellValue(date);
        cell.setCellStyle(day);
      } else if (value instanceof Boolean yes) {
        cell.setCellValue(yes ? "是" : "否");
      } else {
        cell.setCellValue(value.toString());
      }
    }

    /** Column widths by the text they hold: a Chinese character is about two Latin ones wide. */
    private void fit(int column, Object value) {
      String text = value instanceof Instant ? "2025-01-01 00:00" : value instanceof Percent ? "100.00%"
          : value == null ? "" : value.toString();
      int width = text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum() + 2;
      if (width > widths[column]) {
        widths[column] = Math.min(Math.max(width, 8), MAX_WIDTH);
        sheet.setColumnWidth(column, widths[column] * 256);
      }
    }
  }
}
