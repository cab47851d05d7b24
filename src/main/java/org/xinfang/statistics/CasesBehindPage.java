package org.xinfang.statistics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.Channel;
import org.xinfang.web.Coded;

/** The cases behind one number of the statistics, one page, in the order they count in the period. */
@Schema(description = "统计数字所对应的事项，按计入统计的时间排列")
record CasesBehindPage(
    @Schema(description = "指标") Coded indicator,
    @Schema(description = "numerator分子或denominator分母（计数）") String part,
    @Schema(description = "所列事项") String counted,
    StatisticsReport.PeriodView period,
    List<CaseRow> content,
    @Schema(description = "页码，从0开始") int page,
    int size,
    long totalElements,
    int totalPages) {

  @Schema(description = "事项概要")
  record CaseRow(String caseNumber, String title, Coded status, Coded channel, Coded caseClass,
      @Schema(description = "责任单位") Coded responsibleUnit, int personCount, Instant registeredAt,
      @Schema(description = "据以计入统计期的时间：登记、期限届满、办结、答复、批示等") Instant countedAt) {

    static CaseRow of(FigureQueries.Row row) {
      return new CaseRow(row.caseNumber(), row.title(), Statistics.status(row.status()),
          Coded.of(Channel.valueOf(row.channel()), Channel::label),
          Coded.of(CaseClass.valueOf(row.caseClass()), CaseClass::label),
          row.unitCode() == null ? null : new Coded(row.unitCode(), row.unitName()),
          row.personCount(), row.registeredAt(), row.countedAt());
    }
  }

  static CasesBehindPage of(Statistics.CasesBehind behind, int page, int size) {
    Indicator indicator = behind.indicator();
    boolean numerator = behind.part() == Statistics.Part.NUMERATOR;
    return new CasesBehindPage(new Coded(indicator.name(), indicator.label()), behind.part().name().toLowerCase(),
        numerator ? indicator.numeratorLabel() : indicator.cohortLabel(),
        StatisticsReport.PeriodView.of(behind.period()),
        behind.rows().stream().map(CaseRow::of).toList(), page, size, behind.total(),
        (int) ((behind.total() + size - 1) / size));
  }
}
