package org.aquastream.event.bootstrap.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What {@code /actuator/info} tells: name, profile, version and the git commit the jar was built
 * from ({@code build-info.properties}, filled in by Maven; "unknown" when built without git).
 */
public final class BuildInfo {
  static final String RESOURCE = "build-info.properties";
  private static final String UNKNOWN = "unknown";

  private BuildInfo() {}

  public static Map<String, Object> of(String application, String profile) {
    Properties build = load();
    Map<String, Object> app = new LinkedHashMap<>();
    app.put("name", application);
    app.put("profile", profile);
    app.put("version", value(build, "version"));
    Map<String, Object> buildSection = new LinkedHashMap<>();
    buildSection.put("version", value(build, "version"));
    buildSection.put("time", value(build, "build.time"));
    Map<String, Object> commit = new LinkedHashMap<>();
    commit.put("id", value(build, "git.commit.id.abbrev"));
    commit.put("time", value(build, "git.commit.time"));
    Map<String, Object> git = new LinkedHashMap<>();
    git.put("branch", value(build, "git.branch"));
    git.put("commit", commit);
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("app", app);
    info.put("build", buildSection);
    info.put("git", git);
    return info;
  }

  /** A value Maven filled in; an unresolved {@code ${...}} (e.g. in an IDE build) is unknown. */
  private static String value(Properties build, String key) {
    String value = build.getProperty(key, "").strip();
    return value.isEmpty() || value.startsWith("${") ? UNKNOWN : value;
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
