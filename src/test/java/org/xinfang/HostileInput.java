package org.xinfang;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.springframework.http.MediaType;

/**
 * What the fuzz tests send: text no person types, text too long, request bodies that are no JSON of
 * the request's shape, or claim another content type. Drawn from a {@link Random} the test seeds,
 * so that a failure repeats.
 */
public final class HostileInput {

  /** JSON can carry half a surrogate pair as an escape, which no serializer writes: spliced in by {@link #json}. */
  private static final String LONE_SURROGATE = "@LONE-SURROGATE@";

  /** A control, formatting or private-use character, an escape sequence, or half a surrogate pair. */
  private static final String[] FORBIDDEN = {"\u0000", "\u0001", "\u0007", "\u0008", "\u001b[2J", "\u007f", "\u0085",
      "\u202e", "\u200b", "\u2028", "\ufeff", "\ue000", "\u061c", LONE_SURROGATE};

  private static final List<MediaType> NOT_JSON = List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML,
      MediaType.TEXT_HTML, MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_OCTET_STREAM);

  /** One hostile request body: what it is, its bytes and the type it claims to be. */
  public record Attack(String name, byte[] body, MediaType type) {}

  private HostileInput() {}

  /** Ordinary text with a character no person types inside. */
  public static String hostileText(Random random) {
    String bad = FORBIDDEN[random.nextInt(FORBIDDEN.length)];
    String text = "反映问题" + digits(random, random.nextInt(5));
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + bad + text.substring(at);
  }

  /** Chinese text longer than {@code maxLength} characters. */
  public static String tooLong(Random random, int maxLength) {
    int length = maxLength + 1 + random.nextInt(50);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) (0x4e00 + random.nextInt(0x5000)));
    }
    return text.toString();
  }

  public static String digits(Random random, int count) {
    StringBuilder digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }

  /** A value as JSON, with the half surrogate pairs of {@link #hostileText} as escapes. */
  public static byte[] json(ObjectMapper json, Object value) {
    try {
      return json.writeValueAsString(value).replace(LONE_SURROGATE, "\\ud800").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Not such a request at all: {@code valid} cut short, bytes at random, invalid UTF-8, or JSON of
   * another shape: one of {@code otherShapes}, or the valid request inside an array.
   */
  public static Attack brokenJson(byte[] valid, Random random, String... otherShapes) {
    return switch (random.nextInt(4)) {
      case 0 -> new Attack("cut short", Arrays.copyOf(valid, random.nextInt(valid.length - 1)),
          MediaType.APPLICATION_JSON);
      case 1 -> {
        byte[] noise = new byte[1 + random.nextInt(2000)];
        random.nextBytes(noise);
        noise[0] = (byte) '{';
        yield new Attack("random bytes", noise, MediaType.APPLICATION_JSON);
      }
      case 2 -> {
        List<String> shapes = new ArrayList<>(List.of(otherShapes));
        shapes.add("[" + new String(valid, StandardCharsets.UTF_8) + "]");
        String other = shapes.get(random.nextInt(shapes.size()));
        yield new Attack("other JSON: " + other, other.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
      }
      default -> {
        byte[] invalidUtf8 = valid.clone();
        invalidUtf8[1 + random.nextInt(valid.length - 2)] = (byte) (0xc0 | random.nextInt(2));
        invalidUtf8[valid.length - 1] = ' ';
        yield new Attack("invalid UTF-8, unclosed", invalidUtf8, MediaType.APPLICATION_JSON);
      }
    };
  }

  /** A valid request that claims to be something else than JSON. */
  public static Attack notJson(byte[] valid, Random random) {
    MediaType type = NOT_JSON.get(random.nextInt(NOT_JSON.size()));
    return new Attack("valid JSON as " + type, valid, type);
  }

  /** Arrays nested deeper than the JSON parser accepts, as the value of {@code field}. */
  public static Attack deeplyNested(String field, Random random) {
    int depth = 1001 + random.nextInt(5000);
    String body = "{\"" + field + "\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
    return new Attack("nested " + depth + " deep", body.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
  }
}
