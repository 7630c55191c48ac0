package org.geotrends.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seeds and small hand-written inputs for the job tests. */
public final class Fixtures {
  private Fixtures() {
  }

  /** The repository's {@code seeds/} folder (tests run in {@code jobs/}). */
  public static Path seeds() {
    Path fromModule = Path.of("..", "seeds");
    return Files.isDirectory(fromModule) ? fromModule : Path.of("seeds");
  }

  public static String words(int n, String word) {
    return (word + " ").repeat(n).strip();
  }

  /** A small news page in HTML, written for these tests. */
  public static String htmlArticle(String title, String isoDate, String body) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
        + " | Test Times</title>"
        + "<meta property=\"og:title\" content=\"" + title + "\">"
        + "<meta property=\"article:published_time\" content=\"" + isoDate + "\">"
        + "<link rel=\"canonical\" href=\"https://news.example.org/2024/05/02/story\"></head>"
        + "<body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>"
        + "<article><h1>" + title + "</h1><p>" + body + "</p><p>" + body + "</p></article>"
        + "<footer>Copyright Test Times</footer></body></html>";
  }

  public static void write(Path file, String text) {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void copySeeds(Path dir) {
    try (var files = Files.list(seeds())) {
      for (Path seed : (Iterable<Path>) files::iterator) {
        write(dir.resolve(seed.getFileName()), Files.readAllBytes(seed));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
