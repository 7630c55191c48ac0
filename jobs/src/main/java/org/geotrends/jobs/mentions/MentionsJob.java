package org.geotrends.jobs.mentions;

import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.geotrends.common.actors.ActorMatcher;
import org.geotrends.common.actors.Mention;
import org.geotrends.jobs.ingest.ArticlesTable;

/**
 * The mentions stage: every mention of every actor in the title and body of every article.
 * The matcher (one automaton over all aliases) is built once on the driver and broadcast.
 * Captures of one URL share an {@code article_id}; only the first capture is read, so an
 * article counts once. Office-holder mentions in undated articles cannot be resolved: they are
 * kept out of the table and counted ({@code resolved = false} in {@link #matches}). Each text is
 * matched in its article's language: names, inflected forms and clitics of that language.
 */
public final class MentionsJob {

  private MentionsJob() {
  }

  /** {@link MentionsTable#SCHEMA} plus {@code resolved}. */
  static final StructType MATCHES = MentionsTable.SCHEMA.add("resolved", DataTypes.BooleanType, false);

  /** All matches, resolved or not. */
  public static Dataset<Row> matches(Dataset<Row> articles, Broadcast<ActorMatcher> matcher) {
    return ArticlesTable.firstCaptures(articles).select("article_id", "published_at", "title", "body", "language")
        .flatMap(new MatchArticle(matcher), Encoders.row(MATCHES));
  }

  /** The table: resolved matches only. */
  public static Dataset<Row> mentions(Dataset<Row> matches) {
    return MentionsTable.SPEC.select(matches.where(col("resolved")));
  }

  /** Matches the title and body of one article. */
  private static final class MatchArticle implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<ActorMatcher> matcher;

    MatchArticle(Broadcast<ActorMatcher> matcher) {
      this.matcher = matcher;
    }

    @Override
    public Iterator<Row> call(Row article) {
      String id = article.getString(0);
      Timestamp published = article.getTimestamp(1);
      LocalDate day = published == null ? null
          : published.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
      String language = article.getString(4);
      List<Row> out = new ArrayList<>();
      add(out, id, published, "title", article.getString(2), day, language);
      add(out, id, published, "body", article.getString(3), day, language);
      return out.iterator();
    }

    private void add(List<Row> out, String id, Timestamp published, String field, String text,
        LocalDate day, String language) {
      if (text == null) {
        return;
      }
      for (Mention m : matcher.value().match(text, day, language)) {
        out.add(RowFactory.create(id, published, m.actorId(), m.alias(), m.matchKind().label(),
            field, m.start(), m.end(), m.sentenceIndex(), language, m.resolved()));
      }
    }
  }
}
