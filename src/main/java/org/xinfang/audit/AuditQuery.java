package org.xinfang.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.xinfang.deadline.ChinaTime;
import org.xinfang.web.PlainText;

/** The filters of the audit log; each given filter narrows it. Days are in China Standard Time, both ends included. */
public record AuditQuery(
    @Schema(description = "用户", example = "xfs.li")
    @Size(max = 64, message = "不能超过64个字符") @PlainText String user,
    @Schema(description = "事项编号", example = "XF-2026-00042")
    @Size(max = 20, message = "不能超过20个字符") @PlainText String caseNumber,
    @Schema(description = "操作，如REGISTERED、PERSONAL_DATA_VIEWED")
    @Size(max = 40, message = "不能超过40个字符") @PlainText String action,
    @Schema(description = "日期起（含），北京时间", example = "2026-01-01")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fromDay,
    @Schema(description = "日期止（含），北京时间", example = "2026-12-31")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate toDay,
    @Schema(description = "页码，从0开始", defaultValue = "0")
    @Min(value = 0, message = "不能小于0") @Max(value = 100_000, message = "不能超过100000") Integer page,
    @Schema(description = "每页条数，最多" + AuditQuery.MAX_SIZE, defaultValue = "50")
    @Min(value = 1, message = "不能小于1") @Max(value = AuditQuery.MAX_SIZE, message = "不能超过" + AuditQuery.MAX_SIZE)
    Integer size) {

  static final int MAX_SIZE = 200;

  public AuditQuery {
    user = blankAsNull(user);
    caseNumber = blankAsNull(caseNumber);
    action = blankAsNull(action);
    page = page == null ? 0 : page;
    size = size == null ? 50 : size;
  }

  Instant from() {
    return fromDay == null ? null : fromDay.atStartOfDay(ChinaTime.ZONE).toInstant();
  }

  Instant to() {
    return toDay == null ? null : toDay.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
