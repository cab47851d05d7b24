package org.xinfang.casefile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The query code (查询码) a petitioner uses to look a case up. Only its hash is stored; the code
 * itself is printed on the registration notice. Letters that are easily misread are left out.
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

  public static String hash(String code) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
