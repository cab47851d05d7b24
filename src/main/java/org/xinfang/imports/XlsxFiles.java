package org.xinfang.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an Excel workbook (.xlsx). Every cell becomes the text a person sees
 * in it: a date cell its day as yyyy-MM-dd, a whole number without decimals, text as written. A
 * formula is refused: the file must hold the values themselves.
 */
final class XlsxFiles {

  private XlsxFiles() {}

  static List<SourceLines.Line> read(byte[] bytes) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new ImportFileRefused(1, "工作簿中没有工作表");
      }
      Sheet sheet = workbook.getSheetAt(0);
      List<SourceLines.Line> lines = new ArrayList<>();
      for (Row row : sheet) {
        List<String> values = new ArrayList<>();
        for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
          values.add(text(row.getCell(column), row.getRowNum() + 1));
        }
        lines.add(new SourceLines.Line(row.getRowNum() + 1, values));
      }
      return lines;
    } catch (IOException | RuntimeException unreadable) {
      if (unreadable instanceof ImportFileRefused refused) {
        throw refused;
      }
      throw new ImportFileRefused(1, "无法读取Excel工作簿：请上传.xlsx格式的文件");
    }
  }

  private static String text(Cell cell, int line) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> DateUtil.isCellDateFormatted(cell)
          ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
          : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      case BLANK -> "";
      case FORMULA, ERROR, _NONE -> throw new ImportFileRefused(List.of(new RowProblem(line, null,
          "第" + (cell.getColumnIndex() + 1) + "列是公式或错误值：请只填写数值和文字")));
    };
  }
}
