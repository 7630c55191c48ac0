package org.geotrends.jobs.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.geotrends.common.actors.Gazetteer;
import org.geotrends.common.ingest.CrawlFileIngester;
import org.geotrends.jobs.ingest.IngestedFiles;
import org.geotrends.jobs.io.InputFiles;
import org.geotrends.jobs.io.RunSummary;
import org.geotrends.jobs.io.TableSpec;
import org.geotrends.jobs.network.NetworkJob;
import org.geotrends.jobs.pipeline.Stages;
import org.geotrends.jobs.stories.StoriesJob;
import org.geotrends.jobs.terms.TermsJob;
import org.geotrends.jobs.trends.TrendsJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code geotrends pipeline}: ingest, mentions, network and trends in one Spark application. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "Run every stage: crawl files -> articles, rejects -> stories -> mentions -> "
        + "co_mentions, actor_nodes, graph/ -> trends; print a short summary.")
final class PipelineCommand implements Callable<Integer> {
  @Mixin
  InputOptions input;

  @Mixin OutputOptions out;
  @Mixin IngestCommand.ReadOptions read;
  @Mixin StageOptions.Stories stories;
  @Mixin StageOptions.Actors actors;
  @Mixin StageOptions.Windows windows;
  @Mixin StageOptions.Count count;
  @Mixin StageOptions.Network network;
  @Mixin StageOptions.Trends trends;
  @Mixin StageOptions.Terms terms;

  @Override
  public Integer call() throws Exception {
    // every option is checked before Spark starts
    CrawlFileIngester.Options readOptions = read.options();
    List<InputFiles.InputFile> files = input.listed();
    StoriesJob.Options storiesOptions = stories.options();
    NetworkJob.Options networkOptions = network.options(windows, count);
    TrendsJob.Options trendsOptions = trends.options(windows, count);
    TermsJob.Options termsOptions = terms.options(windows, trendsOptions);
    Gazetteer gazetteer = actors.gazetteer(StageCommands.localConf());
    out.check(true, Stages.TABLES.stream().map(TableSpec::name).toList(), List.of());
    IngestedFiles.Plan plan = IngestedFiles.plan(out.output, out.mode, files, InputFiles.confBeforeSpark());
    try (SparkSession spark = out.session("pipeline")) {
      RunSummary summary = new RunSummary("pipeline", input.described(), out.output, spark.version());
      Stages stages = new Stages(spark, out.output, out.mode, summary);
      Report.ingest(stages.ingest(plan, readOptions), System.out);
      Report.stories(stages.stories(storiesOptions), System.out);
      Report.mentions(stages.mentions(gazetteer), System.out);
      stages.network(networkOptions, gazetteer);
      stages.trends(trendsOptions);
      stages.terms(termsOptions, gazetteer);
      stages.finish();
      Report.pipeline(stages, networkOptions.granularities().get(0), networkOptions.count(), gazetteer,
          out.output, System.out);
    }
    return 0;
  }
}
