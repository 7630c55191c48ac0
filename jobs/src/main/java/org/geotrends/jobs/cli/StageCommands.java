package org.geotrends.jobs.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.geotrends.common.actors.Gazetteer;
import org.geotrends.jobs.ingest.ArticlesTable;
import org.geotrends.jobs.io.InputFiles;
import org.geotrends.jobs.mentions.MentionsTable;
import org.geotrends.jobs.network.ActorNodesTable;
import org.geotrends.jobs.network.CoMentionsTable;
import org.geotrends.jobs.trends.TrendsTable;
import org.geotrends.jobs.io.RunSummary;
import org.geotrends.jobs.network.NetworkJob;
import org.geotrends.jobs.pipeline.Stages;
import org.geotrends.jobs.stories.StoriesJob;
import org.geotrends.jobs.stories.StoriesTable;
import org.geotrends.jobs.terms.BurstArticlesTable;
import org.geotrends.jobs.terms.BurstTermsTable;
import org.geotrends.jobs.terms.PairTermsTable;
import org.geotrends.jobs.terms.TermsJob;
import org.geotrends.jobs.trends.TrendsJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The stages after ingest, each runnable alone over the tables of an output folder. */
final class StageCommands {
  private StageCommands() {
  }

  static Stages stages(SparkSession spark, String command, OutputOptions out) {
    RunSummary summary = new RunSummary(command, List.of(), out.output, spark.version())
        .keepEarlierStages(spark.sparkContext().hadoopConfiguration());
    return new Stages(spark, out.output, out.mode, summary);
  }

  /** Hadoop settings for reading an actors file before Spark starts. */
  static Configuration localConf() {
    return InputFiles.confBeforeSpark();
  }

  @Command(name = "stories", mixinStandardHelpOptions = true,
      description = "Find syndicated copies (the same story under other URLs) in the articles table; "
          + "write stories and fill articles.story_id.")
  static final class Stories implements Callable<Integer> {
    @Mixin OutputOptions out;
    @Mixin StageOptions.Stories stories;

    @Override
    public Integer call() throws Exception {
      StoriesJob.Options options = stories.options();
      // the stage also rewrites articles with story_id filled, whatever --mode says of its own table
      out.check(false, List.of(StoriesTable.NAME), List.of(ArticlesTable.NAME));
      try (SparkSession spark = out.session("stories")) {
        Stages stages = stages(spark, "stories", out);
        Report.stories(stages.stories(options), System.out);
        stages.finish();
      }
      return 0;
    }
  }

  @Command(name = "mentions", mixinStandardHelpOptions = true,
      description = "Find every mention of every actor in the articles table; write mentions.")
  static final class Mentions implements Callable<Integer> {
    @Mixin OutputOptions out;
    @Mixin StageOptions.Actors actors;

    @Override
    public Integer call() throws Exception {
      Gazetteer gazetteer = actors.gazetteer(localConf());
      out.check(false, List.of(MentionsTable.NAME), List.of(ArticlesTable.NAME));
      try (SparkSession spark = out.session("mentions")) {
        Stages stages = stages(spark, "mentions", out);
        Report.mentions(stages.mentions(gazetteer), System.out);
        stages.finish();
      }
      return 0;
    }
  }

  @Command(name = "network", mixinStandardHelpOptions = true,
      description = "Co-mention network per time window from the mentions table; write "
          + "co_mentions, actor_nodes and graph/co_mentions.gexf|graphml.")
  static final class Network implements Callable<Integer> {
    @Mixin OutputOptions out;
    @Mixin StageOptions.Windows windows;
    @Mixin StageOptions.Network network;
    @Mixin StageOptions.Count count;
    @Mixin StageOptions.Actors actors;

    @Override
    public Integer call() throws Exception {
      NetworkJob.Options options = network.options(windows, count);
      Gazetteer names = actors.gazetteer(localConf());
      out.check(false, List.of(CoMentionsTable.NAME, ActorNodesTable.NAME),
          List.of(ArticlesTable.NAME, MentionsTable.NAME));
      try (SparkSession spark = out.session("network")) {
        Stages stages = stages(spark, "network", out);
        Report.stage("network", stages.network(options, names), System.out);
        stages.finish();
      }
      return 0;
    }
  }

  @Command(name = "trends", mixinStandardHelpOptions = true,
      description = "Coverage of each actor per period, with baseline, z-score and bursts; write trends.")
  static final class Trends implements Callable<Integer> {
    @Mixin OutputOptions out;
    @Mixin StageOptions.Windows windows;
    @Mixin StageOptions.Trends trends;
    @Mixin StageOptions.Count count;

    @Override
    public Integer call() throws Exception {
      TrendsJob.Options options = trends.options(windows, count);
      out.check(false, List.of(TrendsTable.NAME), List.of(ArticlesTable.NAME, MentionsTable.NAME));
      try (SparkSession spark = out.session("trends")) {
        Stages stages = stages(spark, "trends", out);
        Report.stage("trends", stages.trends(options), System.out);
        stages.finish();
      }
      return 0;
    }
  }

  @Command(name = "terms", mixinStandardHelpOptions = true,
      description = "The words behind each pair-window and each burst, and the articles that show them; "
          + "write pair_terms, burst_terms and burst_articles (after trends).")
  static final class Terms implements Callable<Integer> {
    @Mixin OutputOptions out;
    @Mixin StageOptions.Actors actors;
    @Mixin StageOptions.Windows windows;
    @Mixin StageOptions.Trends trends;
    @Mixin StageOptions.Count count;
    @Mixin StageOptions.Terms terms;

    @Override
    public Integer call() throws Exception {
      TermsJob.Options options = terms.options(windows, trends.options(windows, count));
      Gazetteer names = actors.gazetteer(localConf());
      out.check(false, List.of(PairTermsTable.NAME, BurstTermsTable.NAME, BurstArticlesTable.NAME),
          List.of(ArticlesTable.NAME, MentionsTable.NAME, TrendsTable.NAME));
      try (SparkSession spark = Sessions.open("terms")) {
        Stages stages = stages(spark, "terms", out);
        Report.stage("terms", stages.terms(options, names), System.out);
        stages.finish();
      }
      return 0;
    }
  }
}
