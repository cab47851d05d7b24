package org.xinfang.casefile;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.xinfang.organization.Unit;
import org.xinfang.web.PlainText;

/**
 * A new petition as the registrar enters it. Text is trimmed and blank text counts as missing;
 * lengths fit the columns of the case record. The rules between fields are in {@link RegistrationRules}.
 */
@ValidRegistration
@Schema(description = "登记信访事项")
public record RegistrationRequest(
    @Schema(description = "信访渠道") @NotNull(message = "必须填写") Channel channel,
    @Schema(description = "上级机关名称，上级转送交办的事项必填", example = "永州市信访局")
    @Size(max = 100, message = "不能超过100个字") @PlainText String higherLevelName,
    @Schema(description = "上级机关转送交办文号，上级转送交办的事项必填", example = "永信转〔2026〕15号")
    @Size(max = 100, message = "不能超过100个字") @PlainText String higherLevelReference,
    @Schema(description = "信访人数，集体访为到场总人数，不少于登记的信访人数", example = "1")
    @NotNull(message = "必须填写") @Positive(message = "必须大于0") @Max(value = 9999, message = "不能超过9999")
    Integer personCount,
    @Schema(description = "事项类别") @NotNull(message = "必须填写") CaseClass caseClass,
    @Schema(description = "内容分类") @NotNull(message = "必须填写") SubjectCategory subjectCategory,
    @Schema(description = "标题", example = "反映小区违章搭建问题")
    @NotBlank(message = "必须填写") @Size(max = 200, message = "不能超过200个字") @PlainText String title,
    @Schema(description = "信访内容")
    @NotBlank(message = "必须填写") @Size(max = 20000, message = "不能超过20000个字")
    @PlainText(multiline = true) String content,
    @Schema(description = "问题发生地（乡镇、街道或农林场）的单位代码")
    @Pattern(regexp = Unit.CODE_PATTERN, message = "不是有效的单位代码") String placeUnitCode,
    @Schema(description = "信访人；集体访登记推选的代表，最多5人（《信访工作条例》第二十条）")
    @NotNull(message = "至少登记一名信访人")
    @Size(min = 1, max = 5, message = "应登记1至5名信访人（集体访推选代表不超过5人，《信访工作条例》第二十条）")
    List<@NotNull(message = "不能为空") @Valid PetitionerEntry> petitioners,
    @Schema(description = "重复信访：所重复的原事项编号；登记人确认为新事项（初信初访）时为空", example = "XF-2026-00012")
    @Size(max = 20, message = "不能超过20个字符") String repeatOf) {

  public RegistrationRequest {
    higherLevelName = trimmed(higherLevelName);
    higherLevelReference = trimmed(higherLevelReference);
    title = trimmed(title);
    content = trimmed(content);
    placeUnitCode = trimmed(placeUnitCode);
    repeatOf = trimmed(repeatOf);
  }

  /** A mobile number, or a landline with its area code. */
  public static final String PHONE_PATTERN = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";
  public static final String PHONE_RULE = "应为11位手机号码，或带区号的固定电话（如0746-1234567）";

  /** One petitioner. A letter or a notice must reach them: a phone number or an address is required. */
  @Schema(description = "信访人")
  public record PetitionerEntry(
      @Schema(description = "姓名", example = "张三")
      @NotBlank(message = "必须填写") @Size(max = 50, message = "不能超过50个字") @PlainText String name,
      @Schema(description = "公民身份号码（18位）", example = "11010519491231002X")
      @CitizenIdNumber String idNumber,
      @Schema(description = "联系电话：手机号码，或带区号的固定电话", example = "13812345678")
      @Pattern(regexp = PHONE_PATTERN, message = PHONE_RULE) String phone,
      @Schema(description = "通讯地址") @Size(max = 200, message = "不能超过200个字") @PlainText String address) {

    public PetitionerEntry {
      name = trimmed(name);
      idNumber = idNumber == null ? null : trimmed(idNumber.toUpperCase());
      phone = trimmed(phone);
      address = trimmed(address);
    }

    Petitioner toPetitioner() {
      return new Petitioner(name, idNumber, phone, address);
    }
  }

  public CaseIntake toIntake() {
    return new CaseIntake(channel, higherLevelName, higherLevelReference, personCount, caseClass,
        subjectCategory, title, content, placeUnitCode,
        petitioners.stream().map(PetitionerEntry::toPetitioner).toList(), repeatOf);
  }

  private static String trimmed(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.strip();
  }
}
