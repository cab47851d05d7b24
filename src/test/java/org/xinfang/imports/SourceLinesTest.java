package org.xinfang.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading CSV and workbooks: values, line numbers, and every way a file is refused. */
class SourceLinesTest {

  private static final String HEADER = String.join(",", ImportColumn.headers());

  @Test
  void csvWithByteOrderMarkQuotesAndLineBreaksKeepsTheLineEachRecordStartsOn() {
    String csv = "\uFEFF" + HEADER + "\r\n"
        + "XF-2024-00001,\"2024-01-02\",来信\r\n"
        + "XF-2024-00002,2024-01-03,\"来\"\"访\"\"\",,,,,\"标题，含逗号\n第二行\"\r\n"
        + "\r\n"
        + "XF-2024-00003,2024-01-04\n";
    SourceFile file = SourceLines.read("a.csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(file.rows()).extracting(SourceFile.Row::line).containsExactly(2, 3, 6);
    assertThat(file.rows().get(1).cells())
        .containsEntry("信访渠道", "来\"访\"")
        .containsEntry("标题", "标题，含逗号\n第二行");
    assertThat(file.rows().get(0).cells()).containsEntry("登记日期", "2024-01-02");
  }

  @Test
  void csvWithoutByteOrderMarkReadsTheSame() {
    SourceFile file = SourceLines.read("a.CSV", (HEADER + "\nXF-2024-00001").getBytes(StandardCharsets.UTF_8));
    assertThat(file.rows().get(0).cells()).containsEntry("事项编号", "XF-2024-00001");
  }

  @Test
  void malformedCsvIsRefusedWithItsLine() {
    assertRefused(HEADER + "\nXF-1,\"open\n\nmore", 2, "引号未闭合");
    assertRefused(HEADER + "\nXF-1\nXF-2,ab\"c", 3, "引号位置有误");
    assertRefused(HEADER + "\nXF-1,\"a\"b", 2, "右引号后");
    assertThatThrownBy(() -> SourceLines.read("a.csv", new byte[] {(byte) 0xB2, (byte) 0xE2}))
        .isInstanceOfSatisfying(ImportFileRefused.class,
            refused -> assertThat(refused.problems().get(0).reason()).contains("UTF-8"));
  }

  @Test
  void headersMustBeTheTemplatesColumnsWithEveryRequiredOne() {
    ImportFileRefused refused = refusal("事项编号,登记日期,登记日期,备注\nXF-2024-00001,2024-01-02,,,多余");
    assertThat(refused.problems()).extracting(p -> p.line() + " " + p.column() + " " + p.reason())
        .contains("1 登记日期 列名重复", "1 备注 不是导入模板中的列名", "1 信访渠道 缺少必填列", "2 null 第5列没有表头，不能填写内容");
  }

  @Test
  void anEmptyFileOrOneWithoutRowsIsRefused() {
    assertRefused("", 1, "文件是空的");
    assertRefused(HEADER + "\n", 1, "没有数据行");
    assertThatThrownBy(() -> SourceLines.read("a.xls", new byte[1])).isInstanceOf(ImportFileRefused.class);
  }

  @Test
  void aWorkbookGivesDatesAsDaysNumbersWithoutDecimalsAndRowNumbersAsLines() throws IOException {
    byte[] bytes;
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet();
      Row header = sheet.createRow(0);
      List<String> headers = ImportColumn.headers();
      for (int i = 0; i < headers.size(); i++) {
        header.createCell(i).setCellValue(headers.get(i));
      }
      Row row = sheet.createRow(3);
      row.createCell(0).setCellValue("XF-2024-00001");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      row.createCell(1).setCellValue(LocalDate.of(2024, 1, 2));
      row.getCell(1).setCellStyle(date);
      row.createCell(headers.indexOf("信访人数")).setCellValue(3.0);
      workbook.write(out);
      bytes = out.toByteArray();
    }
    SourceFile file = SourceLines.read("cases.xlsx", bytes);

    assertThat(file.rows()).singleElement().satisfies(row -> {
      assertThat(row.line()).isEqualTo(4);
      assertThat(row.cells()).containsEntry("登记日期", "2024-01-02").containsEntry("信访人数", "3");
    });
  }

  @Test
  void somethingThatIsNoWorkbookIsRefused() {
    assertThatThrownBy(() -> SourceLines.read("cases.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ImportFileRefused.class,
            refused -> assertThat(refused.problems().get(0).reason()).contains("Excel"));
  }

  private static void assertRefused(String csv, int line, String reason) {
    ImportFileRefused refused = refusal(csv);
    assertThat(refused.problems().get(0).line()).isEqualTo(line);
    assertThat(refused.problems().get(0).reason()).contains(reason);
  }

  private static ImportFileRefused refusal(String csv) {
    try {
      SourceLines.read("a.csv", csv.getBytes(StandardCharsets.UTF_8));
    } catch (ImportFileRefused refused) {
      return refused;
    }
    throw new AssertionError("not refused: " + csv);
  }
}
