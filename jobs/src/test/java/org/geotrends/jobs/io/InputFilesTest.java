package org.geotrends.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.geotrends.common.record.WarcFixtures;
import org.geotrends.jobs.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  static List<String> files(String... inputs) {
    return InputFiles.list(List.of(inputs), InputFiles.confBeforeSpark());
  }

  static List<String> relative(List<String> files, String root) {
    return files.stream().map(f -> f.substring(f.indexOf(root) + root.length())).sorted().toList();
  }

  @Test
  void namesAMissingInput(@TempDir Path tmp) {
    String missing = tmp.resolve("nowhere/*.warc.gz").toString();

    UserError e = assertThrows(UserError.class, () -> files(missing));

    assertEquals("input not found or empty: " + missing, e.getMessage());
  }

  @Test
  void listsFoldersRecursivelyWithoutHiddenFiles(@TempDir Path tmp) {
    Fixtures.write(tmp.resolve("a/one.warc.gz"), "x");
    Fixtures.write(tmp.resolve("a/b/two.html"), "x");
    Fixtures.write(tmp.resolve("a/.hidden"), "x");
    Fixtures.write(tmp.resolve("a/_SUCCESS"), "x");
    Fixtures.write(tmp.resolve("a/_tmp/three.html"), "x");

    assertEquals(List.of("b/two.html", "one.warc.gz"), relative(files(tmp.resolve("a").toString()), "/a/"));
  }

  @Test
  void expandsGlobs(@TempDir Path tmp) {
    Fixtures.write(tmp.resolve("2024/08/x.warc.gz"), "x");
    Fixtures.write(tmp.resolve("2024/09/y.warc.gz"), "x");
    Fixtures.write(tmp.resolve("2024/09/y.cdx"), "x");

    assertEquals(List.of("08/x.warc.gz", "09/y.warc.gz"),
        relative(files(tmp.resolve("2024/*/*.warc.gz").toString()), "/2024/"));
  }

  @Test
  void readsACommonCrawlStylePathListAgainstAPrefix(@TempDir Path tmp) {
    Fixtures.write(tmp.resolve("crawl-data/CC-NEWS/2024/08/one.warc.gz"), "x");
    Fixtures.write(tmp.resolve("crawl-data/CC-NEWS/2024/08/two.warc.gz"), "x");
    Fixtures.write(tmp.resolve("warc.paths.gz"), WarcFixtures.gzip(WarcFixtures.ascii(
        "crawl-data/CC-NEWS/2024/08/one.warc.gz\n\n# a comment\ncrawl-data/CC-NEWS/2024/08/two.warc.gz\n")));

    List<String> listed = InputFiles.readList(tmp.resolve("warc.paths.gz").toString(),
        tmp.toUri().toString(), InputFiles.confBeforeSpark());

    assertEquals(2, listed.size());
    assertEquals(List.of("one.warc.gz", "two.warc.gz"),
        relative(InputFiles.list(listed, InputFiles.confBeforeSpark()), "/08/"));
  }

  @Test
  void refusesAnEmptyPathList(@TempDir Path tmp) {
    Fixtures.write(tmp.resolve("paths.txt"), "# nothing\n\n");

    UserError e = assertThrows(UserError.class, () -> InputFiles.readList(
        tmp.resolve("paths.txt").toString(), null, InputFiles.confBeforeSpark()));

    assertEquals("input list is empty: " + tmp.resolve("paths.txt"), e.getMessage());
  }
}
