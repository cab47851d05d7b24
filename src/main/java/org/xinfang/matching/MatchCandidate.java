package org.xinfang.matching;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.web.Coded;

/** An earlier case the new petition may repeat, with the reasons it was found. */
@Schema(description = "可能重复的原事项")
public record MatchCandidate(
    @Schema(example = "XF-2026-00012") String caseNumber,
    String title,
    Coded status,
    Instant registeredAt,
    @Schema(description = "匹配程度：高、中、低") Coded strength,
    @Schema(description = "匹配理由") List<ReasonView> reasons,
    @Schema(description = "标题或内容的相似度，0至1") double matterSimilarity,
    @Schema(description = "原事项尚在办理中：关联后为在办重复信访（《信访工作条例》第十九条第三款）") boolean stillOpen,
    @Schema(description = "原事项已经复核终结：同一事实和理由不再受理（《信访工作条例》第三十六条第三款）") boolean reReviewed) {

  @Schema(description = "一条匹配理由")
  public record ReasonView(
      @Schema(example = "SAME_ID_NUMBER") String code,
      @Schema(example = "身份证号码相同") String label,
      @Schema(description = "涉及的信访人，或事项相近之处", example = "张三") String detail) {}

  static MatchCandidate of(PetitionCase earlier, CaseMatcher.Match match) {
    return new MatchCandidate(
        earlier.getCaseNumber(),
        earlier.getTitle(),
        new Coded(earlier.getStatus().name(), earlier.getStatus().label()),
        earlier.getRegisteredAt(),
        new Coded(match.strength().name(), match.strength().label()),
        match.reasons().stream()
            .map(reason -> new ReasonView(reason.reason().name(), reason.reason().label(), reason.detail()))
            .toList(),
        match.matterSimilarity(),
        !earlier.getStatus().isFinished(),
        RepeatPetitions.reReviewed(earlier).isPresent());
  }
}
