package org.xinfang.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Registration requests as a client sends them: JSON objects that a test may spoil one field at a time. */
public final class Intakes {

  private Intakes() {}

  /** A visit by three people who elected two representatives. */
  public static Map<String, Object> groupVisit() {
    Map<String, Object> intake = new LinkedHashMap<>();
    intake.put("channel", "VISIT");
    intake.put("personCount", 3);
    intake.put("caseClass", "CLAIM");
    intake.put("subjectCategory", "URBAN_CONSTRUCTION");
    intake.put("title", "反映河西街道某小区违章搭建问题");
    intake.put("content", "小区一楼住户在公共绿地上搭建彩钢棚，影响通行和采光，多次向物业反映未果。");
    intake.put("placeUnitCode", TestDistrict.PLACE);
    intake.put("petitioners", new ArrayList<>(List.of(
        petitioner("张三", "11010519491231002x", "13812345678", null),
        petitioner("李四", null, "0746-6221234", "河西街道潇湘路8号"))));
    return intake;
  }

  static Map<String, Object> petitioner(String name, String idNumber, String phone, String address) {
    Map<String, Object> petitioner = new LinkedHashMap<>();
    petitioner.put("name", name);
    petitioner.put("idNumber", idNumber);
    petitioner.put("phone", phone);
    petitioner.put("address", address);
    return petitioner;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> firstPetitioner(Map<String, Object> intake) {
    return ((List<Map<String, Object>>) intake.get("petitioners")).get(0);
  }

  @SuppressWarnings("unchecked")
  static List<Object> petitioners(Map<String, Object> intake) {
    return (List<Object>) intake.get("petitioners");
  }
}
