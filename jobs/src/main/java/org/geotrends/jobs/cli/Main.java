package org.geotrends.jobs.cli;

import org.geotrends.jobs.io.UserError;
import org.geotrends.jobs.io.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code: 0 ok, 1 failure, 2 usage or input error. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setParameterExceptionHandler((e, ignored) -> {
      CommandLine.Model.CommandSpec failed = e.getCommandLine().getCommandSpec();
      System.err.printf("%s: %s (see '%s --help')%n", failed.qualifiedName(), e.getMessage(),
          failed.qualifiedName());
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

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /** Reports the jar's version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"geotrends " + Versions.geotrends()};
    }
  }
}
