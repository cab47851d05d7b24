package org.xinfang.desk;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.web.Coded;
import org.xinfang.workflow.CaseRegistration;

/** The answer to a registration. The query code is shown this once, for the registration notice. */
@Schema(description = "登记结果")
record RegistrationReceipt(
    @Schema(description = "事项编号", example = "XF-2026-00042") String caseNumber,
    @Schema(description = "事项状态") Coded status,
    @Schema(description = "登记时间") Instant registeredAt,
    @Schema(description = "查询码：仅此一次返回，打印在登记告知书上，供信访人查询办理进度", example = "K7MX3QPA9RTE")
    String queryCode) {

  static RegistrationReceipt of(CaseRegistration.Registered registered) {
    PetitionCase petitionCase = registered.petitionCase();
    return new RegistrationReceipt(petitionCase.getCaseNumber(), Coded.of(petitionCase.getStatus(), CaseStatus::label),
        petitionCase.getRegisteredAt(), registered.queryCode());
  }
}
