package org.xinfang.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdNumberTest {

  private final CitizenIdNumber.Check check = new CitizenIdNumber.Check();

  @ParameterizedTest
  @ValueSource(strings = {
      "11010519491231002X", // the example of GB 11643-1999, whose check character is X
      "431124198506150019",
      "431124200002294561"}) // born on a leap day
  void acceptsNumbersWithTheRightCheckCharacter(String number) {
    assertThat(check.isValid(number, null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "110105194912310021", // check character should be X
      "431124198506150018", // off by one in the check character
      "431124198506150109", // two digits swapped, which MOD 11-2 catches
      "431124190002294565", // right check character, but 1900 was no leap year
      "110105194913310013", // month 13, right check character
      "11010519491231002",  // 17 characters
      "1101051949123100211", // 19 characters
      "11010519491231002x", // lower case: the request upper-cases it first
      "4311241985061500X9"})
  void refusesAnythingElse(String number) {
    assertThat(check.isValid(number, null)).isFalse();
  }

  @Test
  void leavesAMissingNumberToOtherRules() {
    assertThat(check.isValid(null, null)).isTrue();
  }
}
