package org.xinfang.statistics;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.statistics.AnnualReport.CountLine;
import org.xinfang.statistics.AnnualReport.RateLine;
import org.xinfang.statistics.AnnualReport.Ratio;
import org.xinfang.statistics.AnnualReport.TargetLine;
import org.xinfang.statistics.AnnualReport.UnitLine;
import org.xinfang.statistics.StatisticsReport.Breakdown;

/**
 * The annual self-evaluation as a printable A4 PDF. Its Chinese is set in WenQuanYi Micro Hei, which
 * the application carries (resources {@code fonts/}); the PDF embeds the glyphs it uses, so it reads
 * the same on any computer, whatever fonts the server or the reader has.
 */
final class AnnualReportPdf {

  private static final String FONT = "fonts/wqy-microhei.ttc";
  private static final Color RULE = new Color(0xB7, 0x1C, 0x1C);
  private static final Color SHADE = new Color(0xF4, 0xF5, 0xF7);

  private static BaseFont chinese;

  private final Font title;
  private final Font heading;
  private final Font body;
  private final Font bold;
  private final Font small;

  private AnnualReportPdf() {
    BaseFont font = font();
    title = new Font(font, 16, Font.BOLD);
    heading = new Font(font, 12, Font.BOLD, RULE);
    body = new Font(font, 9);
    bold = new Font(font, 9, Font.BOLD);
    small = new Font(font, 8, Font.NORMAL, Color.DARK_GRAY);
  }

  static byte[] of(AnnualReport report) {
    return new AnnualReportPdf().write(report);
  }

  /** Read once: a font file of 5 MB, of which each PDF embeds only the glyphs it shows. */
  private static synchronized BaseFont font() {
    if (chinese == null) {
      try (InputStream file = AnnualReportPdf.class.getClassLoader().getResourceAsStream(FONT)) {
        if (file == null) {
          throw new IllegalStateException("the report font " + FONT + " is missing from the classpath");
        }
        chinese = BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
            file.readAllBytes(), null);
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    }
    return chinese;
  }

  private byte[] write(AnnualReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 42, 42, 48, 48);
    PdfWriter.getInstance(document, out);
    document.addTitle(report.title());
    document.open();

    Paragraph head = new Paragraph(report.title(), title);
    head.setAlignment(Element.ALIGN_CENTER);
    document.add(head);
    Paragraph asOf = new Paragraph("统计期间：" + report.year() + "年1月1日至12月31日　统计时点："
        + ChinaTime.DAY.format(report.asOf()) + "　依据：《信访工作条例》第四十一条", small);
    asOf.setAlignment(Element.ALIGN_CENTER);
    asOf.setSpacingAfter(8);
    document.add(asOf);

    section(document, "一、绩效目标完成情况");
    if (report.targets().isEmpty()) {
      document.add(new Paragraph("本年度尚未设定绩效目标。", body));
    } else {
      PdfPTable targets = table(new float[] {3.2f, 2.2f, 3.6f, 1.3f, 1.3f, 1.4f},
          "指标", "目标", "实际", "分子", "分母", "完成情况");
      for (TargetLine line : report.targets()) {
        cells(targets, line.label(), line.target(), line.actualText(), number(line.numerator()),
            number(line.denominator()), line.met() == null ? "无数据" : line.met() ? "已完成" : "未完成");
      }
      document.add(targets);
    }

    section(document, "二、主要数据");
    PdfPTable counts = table(new float[] {3.2f, 1.6f, 1.6f, 2.2f}, "项目", "本年", "上年", "同比");
    for (CountLine line : report.counts()) {
      cells(counts, line.label(), line.value() + line.unit(), line.yearBefore() + line.unit(),
          AnnualReport.change(line.change()));
    }
    document.add(counts);

    section(document, "三、各项比率");
    PdfPTable rates = table(new float[] {2.4f, 4.4f, 1.1f, 1.1f, 1.4f, 1.4f},
        "指标", "分子 / 分母", "分子", "分母", "本年", "上年");
    for (RateLine line : report.rates()) {
      cells(rates, line.label(), line.numeratorCounted() + " / " + line.denominatorCounted(),
          String.valueOf(line.numerator()), String.valueOf(line.denominator()), AnnualReport.percent(line.rate()),
          AnnualReport.percent(line.rateYearBefore()));
    }
    document.add(rates);

    section(document, "四、按信访渠道");
    PdfPTable channels = table(new float[] {3, 2, 2}, "渠道", "信访事项（件）", "来访人次");
    for (Breakdown line : report.byChannel()) {
      cells(channels, line.key().label(), String.valueOf(line.items()), String.valueOf(line.visitPersons()));
    }
    document.add(channels);

    section(document, "五、按责任单位");
    PdfPTable units = table(new float[] {3.2f, 1.2f, 2.2f, 2.2f, 2.2f, 1.3f},
        "责任单位", "信访事项", "责任单位及时受理率", "按期答复率", "一次性化解率", "当前超期");
    for (UnitLine line : report.byUnit()) {
      cells(units, line.unit(), String.valueOf(line.items()), ratio(line.acceptanceOnTime()),
          ratio(line.replyOnTime()), ratio(line.oneTimeResolution()), String.valueOf(line.overdueNow()));
    }
    document.add(units);

    Paragraph rules = new Paragraph("口径：比率按各自期限届满日、办结或答复时间计入年度，分母只含统计时点已届期限或已办理的事项；"
        + "一次性化解以办结后" + report.settings().resolutionWindowDays() + "日内未请求复查、未重复信访为准；"
        + "不予受理、不再受理事项" + (report.settings().notAcceptedCounted() ? "计入" : "不计入")
        + "事项数；来访" + report.settings().groupVisitPersons() + "人以上为集访。本表由系统根据办理记录生成。", small);
    rules.setSpacingBefore(10);
    document.add(rules);

    document.close();
    return out.toByteArray();
  }

  private void section(Document document, String text) {
    Paragraph section = new Paragraph(text, heading);
    section.setSpacingBefore(10);
    section.setSpacingAfter(4);
    document.add(section);
  }

  private PdfPTable table(float[] widths, String... headers) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String header : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(header, bold));
      cell.setBackgroundColor(SHADE);
      cell.setPadding(4);
      table.addCell(cell);
    }
    return table;
  }

  private void cells(PdfPTable table, String... values) {
    for (String value : values) {
      PdfPCell cell = new PdfPCell(new Phrase(value, body));
      cell.setPadding(4);
      table.addCell(cell);
    }
  }

  private static String ratio(Ratio ratio) {
    return ratio.numerator() + "/" + ratio.denominator() + "　" + AnnualReport.percent(ratio.rate());
  }

  private static String number(Long value) {
    return value == null ? "—" : value.toString();
  }
}
