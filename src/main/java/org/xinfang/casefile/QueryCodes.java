package org.xinfang.casefile;

import java.security.SecureRandom;

/**
 * The query code (查询码) a petitioner uses to look a case up. It is kept with the case, not as a
 * hash: every notice to the petitioner repeats it, and the text of those notices holds it anyway.
 * Letters that are easily misread are left out.
 */
public final class QueryCodes {

  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private QueryCodes() {}

  public static String newCode() {
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(code);
  }
}
