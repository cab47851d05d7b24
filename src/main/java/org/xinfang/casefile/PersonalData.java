package org.xinfang.casefile;

/**
 * How ID and phone numbers appear wherever their full value is not needed (case details, forms,
 * lists): the first and last characters stay so that a person can be told apart, the middle is
 * starred. ID number: the first 4 (the province and city) and the last 4, {@code 4301**********1234};
 * phone: the first 3 and the last 4 digits, separators kept, {@code 138****5678}, {@code 074*-***4567}.
 */
public final class PersonalData {

  private PersonalData() {}

  public static String maskedIdNumber(String idNumber) {
    return masked(idNumber, 4, 4);
  }

  public static String maskedPhone(String phone) {
    return masked(phone, 3, 4);
  }

  private static String masked(String value, int keepFirst, int keepLast) {
    if (value == null) {
      return null;
    }
    int digits = (int) value.chars().filter(Character::isLetterOrDigit).count();
    StringBuilder masked = new StringBuilder(value.length());
    int seen = 0;
    for (char c : value.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        masked.append(c);
        continue;
      }
      boolean kept = digits > keepFirst + keepLast && (seen < keepFirst || seen >= digits - keepLast);
      masked.append(kept ? c : '*');
      seen++;
    }
    return masked.toString();
  }
}
