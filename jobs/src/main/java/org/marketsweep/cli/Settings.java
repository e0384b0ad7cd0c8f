package org.marketsweep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command-line option as a Spring property, so a scheduler can pass a config file (or
 * environment variables) instead of flags. The settings file is {@code nightly --config FILE},
 * or {@code MARKETSWEEP_CONFIG} / {@code -Dmarketsweep.config=FILE} for any command. For option {@code --foo-bar} of command
 * {@code cmd}, the value comes from the first of: the command line; {@code marketsweep.cmd.foo-bar};
 * {@code marketsweep.foo-bar}; the option's own default. Properties are looked up in system
 * properties ({@code -Dmarketsweep.warehouse=…}), then the environment
 * ({@code MARKETSWEEP_WAREHOUSE}, Spring's relaxed names), then the {@code --config} file
 * (YAML or {@code .properties}).
 */
final class Settings implements CommandLine.IDefaultValueProvider {
  private final ConfigurableEnvironment environment;
  private final Path configFile;

  private Settings(ConfigurableEnvironment environment, Path configFile) {
    this.environment = environment;
    this.configFile = configFile;
  }

  /**
   * The settings of a run: the file of {@code nightly --config FILE}, or of the property
   * {@code marketsweep.config} ({@code MARKETSWEEP_CONFIG}) for any command.
   */
  static Settings of(String... args) {
    Path config = null;
    String command = java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst()
        .orElse("");
    for (int i = 0; command.equals("nightly") && i < args.length; i++) {
      if (args[i].equals("--config") && i + 1 < args.length) {
        config = Path.of(args[i + 1]);
      } else if (args[i].startsWith("--config=")) {
        config = Path.of(args[i].substring("--config=".length()));
      }
    }
    StandardEnvironment env = new StandardEnvironment();
    if (config == null && env.getProperty("marketsweep.config") != null) {
      config = Path.of(env.getProperty("marketsweep.config"));
    }
    if (config != null) {
      if (!Files.isRegularFile(config)) {
        throw new IllegalArgumentException("Config file does not exist: " + config);
      }
      for (PropertySource<?> source : load(config)) {
        env.getPropertySources().addLast(source);
      }
    }
    return new Settings(env, config == null ? null : config.toAbsolutePath());
  }

  private static List<PropertySource<?>> load(Path config) {
    String name = config.getFileName().toString().toLowerCase(Locale.ROOT);
    FileSystemResource resource = new FileSystemResource(config);
    try {
      return name.endsWith(".properties")
          ? new PropertiesPropertySourceLoader().load(config.toString(), resource)
          : new YamlPropertySourceLoader().load(config.toString(), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read config file " + config, e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Config file " + config + " is not valid "
          + (name.endsWith(".properties") ? "properties" : "YAML") + ": " + e.getMessage(), e);
    }
  }

  ConfigurableEnvironment environment() {
    return environment;
  }

  /** The config file, or null. */
  Path configFile() {
    return configFile;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()
        || option.longestName().equals("--config")
        && "nightly".equals(option.command().name())) {
      return null;
    }
    String key = option.longestName().replaceFirst("^-+", "");
    java.util.Deque<String> names = new java.util.ArrayDeque<>();
    CommandLine c = option.command() == null ? null : option.command().commandLine();
    for (; c != null && c.getParent() != null; c = c.getParent()) {
      names.addFirst(c.getCommandName());
    }
    String command = String.join(".", names);
    if (!command.isEmpty()) {
      String value = environment.getProperty("marketsweep." + command + "." + key);
      if (value != null) {
        return value;
      }
    }
    return environment.getProperty("marketsweep." + key);
  }
}
