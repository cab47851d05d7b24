package org.xinfang.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinfang.casefile.Petitioner;
import org.xinfang.casefile.SubjectCategory;

/** Who is the same petitioner, what is the same matter, and how strong a candidate follows. */
class CaseMatcherTest {

  static final String WAGES_TITLE = "反映某建筑公司拖欠农民工工资";
  static final String WAGES = "信访人在城北街道某工地务工，工程完工后公司拖欠工资三万元至今未付。";
  static final String WAGES_AGAIN_TITLE = "再次反映建筑公司拖欠工资问题";
  static final String WAGES_AGAIN = "本人在城北街道工地干活，完工后建筑公司欠我工资三万元，之前反映过，至今仍未支付。";

  static final Petitioner ZHANG = new Petitioner("张建国", "431102197005120011", "13807460001", "永州市零陵区城北路12号");

  @Test
  void theSameIdNumberIsTheSamePersonUnderASlightlyDifferentAddressAndAnotherPhone() {
    Petitioner again = new Petitioner("张建国", "431102197005120011", "13907469999", "零陵区 城北路12號");

    CaseMatcher.Match match = CaseMatcher.compare(wagesAgain(again), wages(ZHANG)).orElseThrow();

    assertThat(match.reasons()).extracting(CaseMatcher.Reason::reason)
        .containsExactly(MatchReason.SAME_ID_NUMBER, MatchReason.SIMILAR_MATTER);
    assertThat(match.reasons().get(0).detail()).isEqualTo("张建国");
    assertThat(match.strength()).isEqualTo(Strength.HIGH);
  }

  @Test
  void twoIdNumbersAreTwoPeopleWhateverElseTheyShare() {
    Petitioner namesake = new Petitioner("张建国", "431102198203040015", "13807460001", "永州市零陵区城北路12号");

    assertThat(CaseMatcher.samePerson(namesake, ZHANG)).isEmpty();
    assertThat(CaseMatcher.compare(wagesAgain(namesake), wages(ZHANG))).isEmpty();
  }

  @Test
  void theSameNameWithAnotherPhoneAndAClearlyDifferentAddressIsAnotherPerson() {
    Petitioner namesake = new Petitioner("张建国", null, "13607461234", "零陵区河西街道潇湘路8号");

    assertThat(CaseMatcher.compare(wagesAgain(namesake), wages(ZHANG))).isEmpty();
  }

  @Test
  void theSameNameOnTheSameRoadWithAnotherHouseNumberIsAnotherPerson() {
    Petitioner neighbour = new Petitioner("张建国", null, null, "零陵区城北路88号");

    assertThat(CaseMatcher.samePerson(neighbour, ZHANG)).isEmpty();
  }

  @Test
  void withoutAnIdNumberTheSameNameAtTheSameAddressWrittenDifferentlyIsTheSamePerson() {
    Petitioner again = new Petitioner("张建国", null, null, "湖南省永州市零陵区城北路１２号");

    CaseMatcher.Match match = CaseMatcher.compare(wagesAgain(again), wages(ZHANG)).orElseThrow();

    assertThat(match.reasons()).extracting(CaseMatcher.Reason::reason)
        .containsExactly(MatchReason.SAME_NAME_SIMILAR_ADDRESS, MatchReason.SIMILAR_MATTER);
    assertThat(match.strength()).as("the name and the address are no proof, the matter adds to them")
        .isEqualTo(Strength.MEDIUM);
  }

  @Test
  void aPhoneIsTheSameWrittenWithOrWithoutTheHyphenOfItsAreaCode() {
    Petitioner earlier = new Petitioner("李四", null, "0746-6221234", null);
    Petitioner again = new Petitioner("李四", null, "07466221234", "河西街道潇湘路8号");

    assertThat(CaseMatcher.samePerson(again, earlier)).contains(MatchReason.SAME_PHONE);
    assertThat(RepeatMatching.phoneForms("07466221234")).contains("0746-6221234", "074-66221234", "07466221234");
    assertThat(RepeatMatching.phoneForms("13807460001")).containsExactly("13807460001");
  }

  @Test
  void aGroupVisitWhoseRepresentativesOverlapAnEarlierCaseIsACandidate() {
    Petitioner wang = new Petitioner("王秀兰", "431102196806060024", null, "城北路14号");
    Petition group = new Petition(List.of(
        new Petitioner("刘明", null, "13700001111", "城北路20号"),
        new Petitioner("张建国", null, "13807460001", null),
        new Petitioner("王秀兰", "431102196806060024", null, null)),
        12, SubjectCategory.LABOUR_SOCIAL_SECURITY, "chengbei", WAGES_AGAIN_TITLE, WAGES_AGAIN);
    Petition earlier = new Petition(List.of(ZHANG, wang), 2, SubjectCategory.LABOUR_SOCIAL_SECURITY,
        "chengbei", WAGES_TITLE, WAGES);

    CaseMatcher.Match match = CaseMatcher.compare(group, earlier).orElseThrow();

    assertThat(match.reasons()).extracting(CaseMatcher.Reason::reason, CaseMatcher.Reason::detail).containsExactly(
        tuple(MatchReason.SAME_PHONE, "张建国"),
        tuple(MatchReason.SAME_ID_NUMBER, "王秀兰"),
        tuple(MatchReason.OVERLAPPING_REPRESENTATIVES, "2人与原事项信访人相同：张建国、王秀兰"),
        tuple(MatchReason.SIMILAR_MATTER, "同为劳动社保类，同一问题发生地，标题或内容相似度0.37"));
    assertThat(match.strength()).isEqualTo(Strength.HIGH);
  }

  @Test
  void theSamePersonAboutAnotherMatterIsAWeakerCandidate() {
    Petition otherMatter = new Petition(List.of(ZHANG), 1, SubjectCategory.URBAN_CONSTRUCTION, "chengbei",
        "反映小区违章搭建问题", "小区一楼住户在公共绿地上搭建彩钢棚，影响通行和采光。");

    CaseMatcher.Match match = CaseMatcher.compare(otherMatter, wages(ZHANG)).orElseThrow();

    assertThat(match.reasons()).extracting(CaseMatcher.Reason::reason).containsExactly(MatchReason.SAME_ID_NUMBER);
    assertThat(match.similarMatter()).isFalse();
    assertThat(match.strength()).isEqualTo(Strength.MEDIUM);
  }

  @Test
  void similarTextsOfAnotherSubjectOrAnotherPlaceAreNotTheSameMatter() {
    Petition elsewhere = new Petition(List.of(ZHANG), 1, SubjectCategory.LABOUR_SOCIAL_SECURITY, "hexi",
        WAGES_AGAIN_TITLE, WAGES_AGAIN);
    Petition otherSubject = new Petition(List.of(ZHANG), 1, SubjectCategory.URBAN_CONSTRUCTION, "chengbei",
        WAGES_AGAIN_TITLE, WAGES_AGAIN);
    Petition placeNotGiven = new Petition(List.of(ZHANG), 1, SubjectCategory.LABOUR_SOCIAL_SECURITY, null,
        WAGES_AGAIN_TITLE, WAGES_AGAIN);

    assertThat(CaseMatcher.compare(elsewhere, wages(ZHANG)).orElseThrow().similarMatter()).isFalse();
    assertThat(CaseMatcher.compare(otherSubject, wages(ZHANG)).orElseThrow().similarMatter()).isFalse();
    assertThat(CaseMatcher.compare(placeNotGiven, wages(ZHANG)).orElseThrow().similarMatter()).isTrue();
  }

  @Test
  void theSamePhoneUnderAnotherNameAboutAnotherMatterIsAWeakCandidate() {
    Petitioner relative = new Petitioner("李梅", null, "13807460001", null);
    Petition otherMatter = new Petition(List.of(relative), 1, SubjectCategory.EDUCATION, null,
        "要求解决子女入学问题", "孩子今年入学，学区学校以户籍不符为由拒收。");

    assertThat(CaseMatcher.compare(otherMatter, wages(ZHANG)).orElseThrow().strength()).isEqualTo(Strength.LOW);
  }

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource({
      "永州市零陵区城北路12号,  零陵区 城北路12號,            true",
      "城北路12号,             永州市零陵区城北路12号3栋,      true",
      "城北路12号3#,           城北路12号3幢,                true",
      "零陵区城北路12号,        零陵区城北路88号,             false",
      "零陵区城北路12号,        零陵区河西街道潇湘路8号,        false",
      "零陵区城北路12号,        '',                          false"})
  void addresses(String a, String b, boolean same) {
    assertThat(Similarity.sameAddress(a, b)).isEqualTo(same);
    assertThat(Similarity.sameAddress(b, a)).isEqualTo(same);
  }

  @Test
  void textsAreComparedByTheirCharacterPairs() {
    assertThat(Similarity.jaccard("反映 拖欠工资！", "反映拖欠工资")).isEqualTo(1.0);
    assertThat(Similarity.jaccard("拖欠工资", "违章搭建")).isZero();
    assertThat(Similarity.jaccard(WAGES_TITLE, WAGES_AGAIN_TITLE)).isBetween(Thresholds.SIMILAR_TEXT, 0.5);
    assertThat(Similarity.jaccard(WAGES_TITLE, "反映小区违章搭建问题")).isLessThan(Thresholds.SIMILAR_TEXT);
  }

  private static Petition wages(Petitioner petitioner) {
    return new Petition(List.of(petitioner), 1, SubjectCategory.LABOUR_SOCIAL_SECURITY, "chengbei", WAGES_TITLE, WAGES);
  }

  private static Petition wagesAgain(Petitioner petitioner) {
    return new Petition(List.of(petitioner), 1, SubjectCategory.LABOUR_SOCIAL_SECURITY, "chengbei",
        WAGES_AGAIN_TITLE, WAGES_AGAIN);
  }
}
