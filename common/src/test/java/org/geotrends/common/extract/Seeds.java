package org.geotrends.common.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The two seed articles of the project ({@code seeds/} at the repository root). */
public final class Seeds {
  public static final String ANKARA_DAMASCUS_2024 = "000_3d26f5a48e5f4a83.txt";
  public static final String ASTANA_2023 = "004_68b478bcd44fe622.txt";

  private Seeds() {
  }

  public static Path path(String name) {
    Path fromModule = Path.of("..", "seeds", name);
    return Files.exists(fromModule) ? fromModule : Path.of("seeds", name);
  }

  public static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String name) {
    return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
  }
}
