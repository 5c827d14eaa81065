package io.pressbrief.spark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines for separate JVMs on the test class path, with the JVM options Spark needs. */
final class TestJvm {
  private TestJvm() {}

  static List<String> command(String heap, String mainClass, String... args) {
    return command(heap, List.of(), mainClass, args);
  }

  /** The same, with more JVM options (system properties such as -Dspark.… settings). */
  static List<String> command(String heap, List<String> jvmOptions, String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens") || arg.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
          || arg.startsWith("-Dio.netty") || arg.startsWith("-Djdk.reflect")) {
        command.add(arg);
      }
    }
    command.addAll(jvmOptions);
    command.addAll(List.of("-Xmx" + heap, "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(List.of(args));
    return command;
  }
}
