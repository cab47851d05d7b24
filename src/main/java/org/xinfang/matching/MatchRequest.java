package org.xinfang.matching;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.RegistrationRequest.PetitionerEntry;
import org.xinfang.casefile.SubjectCategory;
import org.xinfang.web.PlainText;

/**
 * What the registrar has entered so far: the registration's own shape, of which the matching reads
 * the petitioners and the matter. Other fields of a registration are accepted and ignored.
 */
@Schema(description = "登记前比对：与登记信访事项的内容相同，只用信访人和反映事项")
record MatchRequest(
    @Schema(description = "信访人数") Integer personCount,
    @Schema(description = "内容分类") SubjectCategory subjectCategory,
    @Schema(description = "问题发生地的单位代码") String placeUnitCode,
    @Schema(description = "标题") @Size(max = 200, message = "不能超过200个字") @PlainText String title,
    @Schema(description = "信访内容") @Size(max = 20000, message = "不能超过20000个字") @PlainText(multiline = true)
    String content,
    @Schema(description = "信访人；集体访登记推选的代表")
    @NotNull(message = "至少登记一名信访人")
    @Size(min = 1, max = 5, message = "应登记1至5名信访人（集体访推选代表不超过5人，《信访工作条例》第二十条）")
    List<@NotNull(message = "不能为空") @Valid PetitionerEntry> petitioners) {

  Petition petition() {
    List<Petitioner> people = Petition.people(petitioners);
    return new Petition(people, personCount == null ? people.size() : personCount, subjectCategory,
        placeUnitCode == null || placeUnitCode.isBlank() ? null : placeUnitCode.strip(), title, content);
  }
}
