package org.geotrends.jobs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.geotrends.common.actors.Gazetteer;
import org.geotrends.common.stories.MinHash;
import org.geotrends.jobs.io.UserError;
import org.geotrends.jobs.network.NetworkJob;
import org.geotrends.jobs.stories.StoriesJob;
import org.geotrends.jobs.terms.TermsJob;
import org.geotrends.jobs.trends.TrendsJob;
import org.geotrends.jobs.window.Counting;
import org.geotrends.jobs.window.DayBasis;
import org.geotrends.jobs.window.Granularity;
import picocli.CommandLine.Option;

/** The options of the mentions, network and trends stages, shared with {@code pipeline}. */
final class StageOptions {
  private StageOptions() {
  }

  /** {@code --actors}, {@code --actors-mode} and {@code --traps}. */
  static final class Actors {
    @Option(names = "--actors", paramLabel = "FILE",
        description = "Your own actors, CSV or JSON (see examples/actors.csv); any file system.")
    String file;

    @Option(names = "--actors-mode", defaultValue = "add", paramLabel = "MODE",
        description = "add (default): your actors and aliases join the default gazetteer; "
            + "replace: your actors replace default actors with the same id.")
    String mode;

    @Option(names = "--traps", paramLabel = "FILE",
        description = "Your own contexts in which an alias is not its actor: a CSV file of alias, "
            + "rule and value (see examples/traps.csv); added to the default ones.")
    String traps;

    /** The default gazetteer with the user's files merged in; checked before Spark starts. */
    Gazetteer gazetteer(Configuration conf) {
      if (!mode.equals("add") && !mode.equals("replace")) {
        throw new UserError("--actors-mode must be add or replace, not " + mode);
      }
      Gazetteer g = Gazetteer.defaults();
      if (file != null) {
        java.nio.file.Path local = localCopy(file, conf);
        try {
          g = g.merge(Gazetteer.read(local), mode.equals("replace"));
        } catch (IllegalArgumentException e) {
          throw new UserError("bad actors file " + file + ": " + e.getMessage());
        }
      }
      if (traps != null) {
        java.nio.file.Path local = localCopy(traps, conf);
        try {
          g = g.merge(Gazetteer.readTraps(local), false);
        } catch (IllegalArgumentException e) {
          throw new UserError("bad traps file " + traps + ": " + e.getMessage());
        }
      }
      return g;
    }

    /** A local copy of a file on any Hadoop file system (the reader wants a local path). */
    private static java.nio.file.Path localCopy(String file, Configuration conf) {
      java.nio.file.Path asLocal = java.nio.file.Path.of(file.startsWith("file:") ? file.substring(5) : file);
      if (!file.contains("://") && Files.exists(asLocal)) {
        return asLocal;
      }
      Path path = new Path(file);
      try (InputStream in = path.getFileSystem(conf).open(path)) {
        String name = path.getName();
        java.nio.file.Path tmp = Files.createTempFile("geotrends-actors-", name.substring(Math.max(0, name.lastIndexOf('.'))));
        tmp.toFile().deleteOnExit();
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        return tmp;
      } catch (IOException e) {
        throw new UserError("cannot read " + file + ": " + e.getMessage());
      }
    }
  }

  /** {@code --granularity} and {@code --by}. */
  static final class Windows {
    @Option(names = "--granularity", defaultValue = "month", split = ",", paramLabel = "G",
        description = "Time windows: day, week (ISO), month, quarter, year; several with commas "
            + "(the first is exported to graph/). Default: month.")
    List<String> granularities;

    @Option(names = "--by", paramLabel = "publisher",
        description = "Also break windows down by publisher ('--by publisher').")
    String by;

    @Option(names = "--day", defaultValue = "local", paramLabel = "local|utc",
        description = "Which day an article is in: local (default), the day the publisher wrote "
            + "(published_local); utc, the UTC day of published_at.")
    String day = "local";

    DayBasis dayBasis() {
      try {
        return DayBasis.parse(day);
      } catch (IllegalArgumentException e) {
        throw new UserError("--day must be local or utc, not " + day);
      }
    }

    List<Granularity> parsed() {
      List<Granularity> out = new ArrayList<>();
      for (String g : granularities) {
        try {
          Granularity parsed = Granularity.parse(g);
          if (!out.contains(parsed)) {
            out.add(parsed);
          }
        } catch (IllegalArgumentException e) {
          throw new UserError("'" + g + "' is not a granularity: use day, week, month, quarter or year");
        }
      }
      return out;
    }

    boolean byPublisher() {
      if (by == null) {
        return false;
      }
      if (!by.equals("publisher")) {
        throw new UserError("--by takes 'publisher', not " + by);
      }
      return true;
    }
  }

  /** The settings of the stories stage. */
  static final class Stories {
    @Option(names = "--similarity", defaultValue = "" + StoriesJob.Options.DEFAULT_THRESHOLD, paramLabel = "S",
        description = "Estimated Jaccard similarity of two bodies' word shingles from which the later "
            + "is a copy of the earlier (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--shingle-words", defaultValue = "" + MinHash.DEFAULT_SHINGLE_WORDS, paramLabel = "N",
        description = "Words per shingle (default ${DEFAULT-VALUE}).")
    int shingleWords;

    @Option(names = "--bands", defaultValue = "" + MinHash.DEFAULT_BANDS, paramLabel = "B",
        description = "MinHash bands (default ${DEFAULT-VALUE}): more bands find less similar pairs.")
    int bands;

    @Option(names = "--band-rows", defaultValue = "" + MinHash.DEFAULT_ROWS, paramLabel = "R",
        description = "MinHash values per band (default ${DEFAULT-VALUE}): more rows make fewer chance "
            + "candidates.")
    int rows;

    @Option(names = "--max-bucket", defaultValue = "" + StoriesJob.Options.DEFAULT_MAX_BUCKET, paramLabel = "N",
        description = "Drop band buckets shared by more than N articles (boilerplate; default "
            + "${DEFAULT-VALUE}); counted in the run summary.")
    long maxBucket;

    @Option(names = "--max-link-rounds", defaultValue = "" + StoriesJob.Options.DEFAULT_MAX_ROUNDS,
        paramLabel = "N",
        description = "Rounds of placing copies in time order (default ${DEFAULT-VALUE}); see README.")
    int maxRounds;

    StoriesJob.Options options() {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new UserError("--similarity must be in (0, 1]");
      }
      if (shingleWords < 1 || bands < 1 || rows < 1) {
        throw new UserError("--shingle-words, --bands and --band-rows must be at least 1");
      }
      if (maxBucket < 2) {
        throw new UserError("--max-bucket must be at least 2");
      }
      if (maxRounds < 1) {
        throw new UserError("--max-link-rounds must be at least 1");
      }
      return new StoriesJob.Options(threshold, shingleWords, bands, rows, maxBucket, maxRounds);
    }
  }

  /** {@code --count}. */
  static final class Count {
    @Option(names = "--count", defaultValue = "stories", paramLabel = "UNIT",
        description = "What shares, z-scores, bursts and pair measures count: stories (default; "
            + "syndicated copies of one story count once) or articles.")
    String count;

    Counting parsed() {
      try {
        return Counting.parse(count);
      } catch (IllegalArgumentException e) {
        throw new UserError("--count must be articles or stories, not " + count);
      }
    }
  }

  /** {@code --min-articles}. */
  static final class Network {
    @Option(names = "--min-articles", defaultValue = "" + NetworkJob.Options.DEFAULT_MIN_ARTICLES,
        paramLabel = "N",
        description = "Keep pairs mentioned together in at least N articles of a window (default "
            + "${DEFAULT-VALUE}).")
    long minArticles;

    NetworkJob.Options options(Windows w, Count c) {
      if (minArticles < 1) {
        throw new UserError("--min-articles must be at least 1");
      }
      return new NetworkJob.Options(w.parsed(), w.byPublisher(), minArticles, w.dayBasis(), c.parsed());
    }
  }

  /** The burst detection settings. */
  static final class Trends {
    @Option(names = "--baseline-periods", defaultValue = "" + TrendsJob.DEFAULT_BASELINE_PERIODS,
        paramLabel = "N", description = "Trailing periods in the baseline (default ${DEFAULT-VALUE}).")
    int baselinePeriods;

    /** Unset: the default, or fewer when the baseline itself is shorter. */
    @Option(names = "--min-history", paramLabel = "N",
        description = "Periods with articles needed before a period is scored (default "
            + TrendsJob.DEFAULT_MIN_HISTORY + ", at most --baseline-periods).")
    Integer minHistory;

    @Option(names = "--burst-alpha", defaultValue = "" + TrendsJob.DEFAULT_BURST_ALPHA, paramLabel = "A",
        description = "False-discovery rate of bursts across the actors of a window: a period is a burst "
            + "when its q-value is at most A (default ${DEFAULT-VALUE}).")
    double burstAlpha = TrendsJob.DEFAULT_BURST_ALPHA;

    @Option(names = "--burst-prior-weight", defaultValue = "" + TrendsJob.PRIOR_WEIGHT, paramLabel = "W",
        description = "Weight, in articles (or stories), of the pooled prior share behind each actor's "
            + "baseline (default ${DEFAULT-VALUE}).")
    double priorWeight = TrendsJob.PRIOR_WEIGHT;

    @Option(names = "--min-burst-articles", defaultValue = "" + TrendsJob.DEFAULT_MIN_BURST_ARTICLES,
        paramLabel = "N",
        description = "Articles (or stories, with --count stories) an actor needs in a period for a "
            + "burst (default ${DEFAULT-VALUE}).")
    long minBurstArticles;

    TrendsJob.Options options(Windows w, Count c) {
      if (baselinePeriods < 1) {
        throw new UserError("--baseline-periods must be at least 1");
      }
      int history = minHistory != null ? minHistory : Math.min(TrendsJob.DEFAULT_MIN_HISTORY, baselinePeriods);
      if (history < 1 || history > baselinePeriods) {
        throw new UserError("need 1 <= --min-history <= --baseline-periods");
      }
      if (!(burstAlpha > 0 && burstAlpha < 1)) {
        throw new UserError("--burst-alpha must be between 0 and 1");
      }
      if (!(priorWeight > 0)) {
        throw new UserError("--burst-prior-weight must be positive");
      }
      return new TrendsJob.Options(w.parsed(), w.byPublisher(), baselinePeriods, history,
          burstAlpha, minBurstArticles, priorWeight, w.dayBasis(), c.parsed());
    }
  }

  /** The pair and burst terms settings. */
  static final class Terms {
    @Option(names = "--terms-top", defaultValue = "" + TermsJob.Options.DEFAULT_TOP, paramLabel = "N",
        description = "Terms kept per pair-window and per burst (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--terms-min-count", defaultValue = "" + TermsJob.Options.DEFAULT_MIN_COUNT, paramLabel = "N",
        description = "Times a term must occur in a pair's (or burst's) sentences to be kept (default "
            + "${DEFAULT-VALUE}).")
    long minCount;

    @Option(names = "--terms-min-sentences", defaultValue = "" + TermsJob.Options.DEFAULT_MIN_SENTENCES,
        paramLabel = "N",
        description = "Sentences a pair-window (or burst) needs for terms and articles (default "
            + "${DEFAULT-VALUE}).")
    long minSentences;

    @Option(names = "--terms-articles", defaultValue = "" + TermsJob.Options.DEFAULT_ARTICLES, paramLabel = "N",
        description = "Articles kept per pair-window and per burst in burst_articles (default "
            + "${DEFAULT-VALUE}).")
    int articles;

    TermsJob.Options options(Windows w, TrendsJob.Options trends) {
      if (top < 1 || minCount < 1 || minSentences < 1 || articles < 0) {
        throw new UserError("--terms-top, --terms-min-count and --terms-min-sentences must be at least 1, "
            + "--terms-articles at least 0");
      }
      return new TermsJob.Options(w.parsed(), w.byPublisher(), w.dayBasis(), trends.baselinePeriods(), top,
          minCount, minSentences, articles);
    }
  }
}
