package org.xinfang.lookup;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.xinfang.web.PlainText;

/** The case number and query code from the petitioner's notice, as typed: case and spaces do not matter. */
@Schema(description = "事项编号和查询码")
record LookupRequest(
    @Schema(example = "XF-2026-00042") @NotBlank(message = "必须填写") @Size(max = 40, message = "不能超过40个字符")
    @PlainText String caseNumber,
    @Schema(example = "K7QW3M9TPX2D") @NotBlank(message = "必须填写") @Size(max = 40, message = "不能超过40个字符")
    @PlainText String queryCode) {

  /** Blank counts as missing, whatever the blank (a full-width space too). */
  LookupRequest {
    caseNumber = caseNumber == null || caseNumber.isBlank() ? null : caseNumber;
    queryCode = queryCode == null || queryCode.isBlank() ? null : queryCode;
  }

  String normalizedCaseNumber() {
    return caseNumber.strip().toUpperCase(Locale.ROOT);
  }

  /** Letters as printed, without the spaces or hyphens a petitioner may type between groups. */
  String normalizedQueryCode() {
    return queryCode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }
}
