package org.xinfang.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

  @Test
  void anIdNumberKeepsItsFirstAndLastFourCharacters() {
    assertThat(PersonalData.maskedIdNumber("43010219800101123X")).isEqualTo("4301**********123X");
  }

  @Test
  void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
    assertThat(PersonalData.maskedPhone("13812345678")).isEqualTo("138****5678");
  }

  @Test
  void aLandlineKeepsItsSeparator() {
    assertThat(PersonalData.maskedPhone("0746-6221234")).isEqualTo("074*-***1234");
    assertThat(PersonalData.maskedPhone("07466221234")).isEqualTo("074****1234");
  }

  @Test
  void aValueTooShortToKeepAnythingIsStarredWhole() {
    assertThat(PersonalData.maskedPhone("1234567")).isEqualTo("*******");
  }

  @Test
  void missingStaysMissing() {
    assertThat(PersonalData.maskedIdNumber(null)).isNull();
    assertThat(PersonalData.maskedPhone(null)).isNull();
  }
}
