package org.geotrends.jobs.cli;

import org.geotrends.jobs.io.UserError;
import org.geotrends.jobs.io.Versions;
import picocli.CommandLine;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.geotrends.common.actors.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code geotrends} command: one sub-command per stage. Entry point of the spark-submit jar;
 * Spark's master comes from spark-submit (see {@link LocalMain} for the embedded jar).
 */
@Command(
    name = "geotrends",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Co-mention networks and frequency trends of actors in news crawls.",
    subcommands = {PipelineCommand.class, IngestCommand.class, StageCommands.Stories.class,
        StageCommands.Mentions.class,
        StageCommands.Network.class, StageCommands.Trends.class, StageCommands.Terms.class, ExtractCommand.class,
        EvaluateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Spark's and Hadoop's INFO lines and geotrends' DEBUG lines too (unless a log4j2 "
          + "configuration is given with -Dlog4j.configurationFile).")
  boolean verbose;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    Logs.configure(args);
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code: 0 ok, 1 failure, 2 usage or input error. */
  public static int execute(String... args) {
    CommandLine cli = commandLine();
    cli.setParameterExceptionHandler((e, ignored) -> {
      CommandLine.Model.CommandSpec failed = e.getCommandLine().getCommandSpec();
      System.err.printf("%s: %s%s (see '%s --help')%n", failed.qualifiedName(), e.getMessage(),
          suggestion(e), failed.qualifiedName());
      return 2;
    });
    cli.setExecutionExceptionHandler((e, failed, ignored) -> {
      if (e instanceof UserError) {
        System.err.printf("%s: %s%n", failed.getCommandSpec().qualifiedName(), e.getMessage());
        return 2;
      }
      System.err.printf("%s: failed: %s%n", failed.getCommandSpec().qualifiedName(), rootCause(e));
      if (Boolean.getBoolean("geotrends.debug") || System.getenv("GEOTRENDS_DEBUG") != null) {
        e.printStackTrace();
      } else {
        System.err.println("(set GEOTRENDS_DEBUG=1 for the stack trace)");
      }
      return 1;
    });
    return cli.execute(args);
  }

  /**
   * The command tree. Help is 100 columns wide: at picocli's 80, descriptions broke paths and
   * option names in two (examples/actors.|csv).
   */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setUsageHelpWidth(100);
    return cli;
  }

  /** "; did you mean ...?" for a mistyped command or option, from picocli's near matches. */
  static String suggestion(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException u)) {
      return "";
    }
    List<String> near = u.getSuggestions();
    return near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?";
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /** Reports the versions that decide a run's output: geotrends, Spark, jwarc, the gazetteer. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
          "geotrends " + Versions.geotrends(),
          // the Spark on the class path: the cluster's under spark-submit
          "Spark " + property("/spark-version-info.properties", "version"),
          "jwarc " + property("/META-INF/maven/org.netpreserve/jwarc/pom.properties", "version"),
          "gazetteer default, data sha256 " + Gazetteer.defaultsDigest()};
    }

    private static String property(String resource, String key) {
      try (InputStream in = Main.class.getResourceAsStream(resource)) {
        if (in == null) {
          return "unknown";
        }
        Properties p = new Properties();
        p.load(in);
        return p.getProperty(key, "unknown");
      } catch (IOException e) {
        return "unknown";
      }
    }
  }
}
