package org.xinfang.casefile;

/** The subject of a petition, as the bureau's annual statistics group them (Art. 41). */
public enum SubjectCategory {
  URBAN_CONSTRUCTION("城乡建设"),
  LAND_RESOURCES("国土资源"),
  LABOUR_SOCIAL_SECURITY("劳动社保"),
  AGRICULTURE_RURAL("农业农村"),
  HEALTH("卫生健康"),
  EDUCATION("教育"),
  ENVIRONMENT("生态环境"),
  TRANSPORT("交通运输"),
  CIVIL_AFFAIRS("民政"),
  PUBLIC_SECURITY("公安"),
  POLITICAL_LEGAL("政法"),
  DISCIPLINE("纪检监察"),
  OTHER("其他");

  private final String label;

  SubjectCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
