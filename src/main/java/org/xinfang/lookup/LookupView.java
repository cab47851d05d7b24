package org.xinfang.lookup;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.xinfang.web.Coded;

/**
 * What the petitioner sees of a case: an explicit whitelist. Everything else in the case record
 * stays inside the bureau: internal opinions and notes, the names of handlers and registrars, any
 * petitioner's identity card number, phone or address, a unit's objection and its reasons,
 * supervision, a reply still in draft, a completion report. Dates are days in China Standard Time.
 */
@Schema(description = "信访人查询到的事项办理情况")
record LookupView(
    String caseNumber,
    @Schema(description = "事项标题") String title,
    @Schema(description = "信访人反映的内容，即登记的原文") String content,
    @Schema(description = "信访形式", example = "来信") String channel,
    @Schema(description = "办理状态", example = "办理中") String status,
    @Schema(description = "是否已办理完毕") boolean finished,
    @Schema(description = "责任单位名称，尚未转送交办时为空") String responsibleUnit,
    @Schema(description = "已经过的办理步骤，按时间先后") List<Step> steps,
    @Schema(description = "各办理期限") List<Deadline> deadlines,
    @Schema(description = "处理意见书的答复意见，答复送达后才有") String reply,
    @Schema(description = "发给信访人的告知书，按时间先后") List<NoticeSent> notices,
    @Schema(description = "满意度评价") Rating rating) {

  @Schema(description = "一个办理步骤")
  record Step(LocalDate date, @Schema(example = "责任单位受理") String name, @Schema(example = "区自然资源局") String detail) {}

  @Schema(description = "一个办理期限")
  record Deadline(@Schema(example = "答复期限") String name, LocalDate dueOn, @Schema(description = "该步骤是否已办理") boolean done) {}

  @Schema(description = "一份告知书")
  record NoticeSent(@Schema(example = "受理告知书") String title, LocalDate issuedOn, String text) {}

  @Schema(description = "满意度评价情况")
  record Rating(
      @Schema(description = "NOT_YET_OPEN 尚未答复、OPEN 可以评价、RATED 已评价、EXPIRED_UNRATED 逾期未评价") Coded state,
      @Schema(description = "评价期限最后一日") LocalDate windowEndsOn,
      @Schema(description = "对信访部门的评价") Coded department,
      @Schema(description = "对责任单位的评价") Coded unit,
      LocalDate ratedOn,
      @Schema(description = "评价方式") Coded channel) {}
}
