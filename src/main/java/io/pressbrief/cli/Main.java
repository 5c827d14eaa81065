package io.pressbrief.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pressbrief} command line: parses arguments and hands over to one subcommand. */
@Command(name = "pressbrief", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Statements, sentiment and escalation in news archives, counted by actor and day, as PDF briefings.",
    subcommands = {RunCommand.class, ReportCommand.class, RerunCommand.class, ExtractCommand.class, BenchCommand.class, BenchRunCommand.class, CompareAirForceCommand.class, SentimentCommand.class, TrainSentimentCommand.class, TrainSentenceToneCommand.class, TrainToneWordsCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    io.pressbrief.spark.SparkSessions.useNioLocalFiles();
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests that run subcommands in-process. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(Main::failed);
  }

  /** A failure is one clear line on standard error (the stack trace only with PRESSBRIEF_DEBUG set). */
  private static int failed(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    Progress.info("failed: %s%s", describe(e),
        root != e && root.getMessage() != null && !String.valueOf(e.getMessage()).contains(root.getMessage())
            ? " (cause: " + root.getMessage() + ")" : "");
    if (System.getenv("PRESSBRIEF_DEBUG") != null) {
      e.printStackTrace();
    } else {
      Progress.info("set PRESSBRIEF_DEBUG=1 to see the full stack trace");
    }
    return ExitCodes.FAILED;
  }

  /** An exception as a person reads it: a file-system error names what went wrong, not only the path. */
  static String describe(Throwable e) {
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "already exists: " + e.getMessage();
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder: " + e.getMessage();
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + e.getMessage();
    }
    if (e instanceof java.nio.file.DirectoryNotEmptyException) {
      return "folder not empty: " + e.getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: run, extract, sentiment, bench (see --help)");
  }

  /** The version written in the jar's manifest by Maven. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"pressbrief " + (v == null ? "(development build)" : v)};
    }
  }
}
