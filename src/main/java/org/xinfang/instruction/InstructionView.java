package org.xinfang.instruction;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.xinfang.web.Coded;

/** A leader's instruction as the API shows it. */
@Schema(description = "领导批示及其落实情况")
public record InstructionView(
    long id,
    String text,
    @Schema(description = "批示领导（用户）") String instructedBy,
    @Schema(description = "局领导或区领导") Coded leaderRole,
    @Schema(description = "落实单位：用户组及名称") Coded addressee,
    @Schema(description = "落实期限（日）") int days,
    Instant instructedAt,
    @Schema(description = "落实期限届满时间") Instant dueAt,
    Coded status,
    @Schema(description = "是否逾期未落实") boolean overdue,
    @Schema(description = "是否按期落实；尚未落实且未逾期时为空") Boolean met,
    @Schema(description = "落实情况报告") String completionReport,
    Instant reportedAt,
    @Schema(description = "领导确认落实的时间") Instant completedAt) {

  public static InstructionView of(LeaderInstruction i) {
    return new InstructionView(i.getId(), i.getText(), i.getInstructedBy(),
        new Coded(i.getLeaderRole().name(), i.getLeaderRole().label()),
        new Coded(i.getAddresseeGroup(), i.getAddresseeName()), i.getDays(), i.getInstructedAt(), i.getDueAt(),
        new Coded(i.getStatus().name(), i.getStatus().label()), i.isOverdue(), i.getMet(), i.getCompletionReport(),
        i.getReportedAt(), i.getCompletedAt());
  }
}
