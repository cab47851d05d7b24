package org.xinfang.desk;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import org.xinfang.casefile.CaseClass;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.Channel;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.web.Coded;

/** One line of a case list. */
@Schema(description = "信访事项概要")
record CaseSummary(
    String caseNumber,
    String title,
    Coded status,
    Coded channel,
    Coded caseClass,
    @Schema(description = "责任单位") Coded responsibleUnit,
    int personCount,
    Instant registeredAt,
    @Schema(description = "是否有法定期限已届满而未办理") boolean overdue,
    @Schema(description = "是否初信初访") boolean firstTime,
    @Schema(description = "重复信访所重复的原事项编号，初信初访为空") String repeatOf,
    @Schema(description = "历史数据导入的已办结事项，无办理流程") boolean imported) {

  static CaseSummary of(PetitionCase petitionCase, Map<String, String> unitNames) {
    return new CaseSummary(
        petitionCase.getCaseNumber(),
        petitionCase.getTitle(),
        Coded.of(petitionCase.getStatus(), CaseStatus::label),
        Coded.of(petitionCase.getChannel(), Channel::label),
        Coded.of(petitionCase.getCaseClass(), CaseClass::label),
        CaseDetails.unit(petitionCase.getResponsibleUnitCode(), unitNames),
        petitionCase.getPersonCount(),
        petitionCase.getRegisteredAt(),
        petitionCase.isOverdue(),
        petitionCase.isFirstTime(),
        CaseDetails.caseNumberOf(petitionCase.getRepeatOf()),
        petitionCase.isImported());
  }
}
