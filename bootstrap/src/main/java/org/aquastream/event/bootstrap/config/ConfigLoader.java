package org.aquastream.event.bootstrap.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.lookup.StringLookup;

/**
 * Reads {@code application.yml}, merges {@code application-<profile>.yml} over it, lets the
 * environment override any key, resolves {@code ${ENV:default}} placeholders and binds the result
 * to {@link AppConfig}.
 *
 * <p>Every key can be overridden by an environment variable named after it in upper case with dots
 * and dashes as underscores: {@code app.event.booking.ttl-minutes} ← {@code
 * APP_EVENT_BOOKING_TTL_MINUTES}.
 */
public final class ConfigLoader {
  public static final String DEFAULT_PROFILE = "dev";

  private final Map<String, String> environment;
  private final ObjectMapper yaml =
      YAMLMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .build();

  public ConfigLoader(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** Loads the profile named by {@code APP_PROFILE} (or {@code SPRING_PROFILES_ACTIVE}). */
  public AppConfig load() {
    return load(activeProfile());
  }

  public AppConfig load(String profile) {
    if (!profile.matches("^[a-z0-9-]+$")) {
      throw new ConfigException("Invalid profile name '" + profile + "'");
    }
    ObjectNode tree = read("application.yml", true);
    ObjectNode profileTree = read("application-" + profile + ".yml", false);
    if (profileTree == null) {
      throw new ConfigException(
          "Unknown profile '" + profile + "': no application-" + profile + ".yml");
    }
    merge(tree, profileTree);
    overrideFromEnvironment(tree, "");
    resolvePlaceholders(tree);
    tree.put("profile", profile);
    return bind(tree);
  }

  private String activeProfile() {
    String profile = environment.getOrDefault("APP_PROFILE", "");
    if (profile.isBlank()) {
      profile = environment.getOrDefault("SPRING_PROFILES_ACTIVE", "");
    }
    return profile.isBlank() ? DEFAULT_PROFILE : profile.strip();
  }

  private ObjectNode read(String resource, boolean required) {
    try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        if (required) {
          throw new ConfigException(resource + " is missing from the classpath");
        }
        return null;
      }
      JsonNode node = yaml.readTree(in);
      if (node == null || node.isMissingNode() || node.isNull()) {
        return yaml.createObjectNode();
      }
      if (!node.isObject()) {
        throw new ConfigException(resource + " must hold a mapping of keys");
      }
      return (ObjectNode) node;
    } catch (IOException e) {
      throw new ConfigException(resource + " is not valid YAML: " + firstLine(e.getMessage()), e);
    }
  }

  private void merge(ObjectNode base, ObjectNode override) {
    try {
      yaml.readerForUpdating(base).readValue(override);
    } catch (IOException e) {
      throw new ConfigException("Cannot merge profile configuration: " + firstLine(e.getMessage()));
    }
  }

  private void overrideFromEnvironment(ObjectNode node, String prefix) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
      if (field.getValue().isObject()) {
        overrideFromEnvironment((ObjectNode) field.getValue(), key);
      } else {
        String value = environment.get(environmentName(key));
        if (value != null) {
          field.setValue(TextNode.valueOf(value));
        }
      }
    }
  }

  static String environmentName(String key) {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private void resolvePlaceholders(ObjectNode node) {
    StringLookup lookup = name -> environment.getOrDefault(name, System.getProperty(name));
    StringSubstitutor substitutor = new StringSubstitutor(lookup);
    substitutor.setValueDelimiter(":");
    substitutor.setEnableUndefinedVariableException(true);
    resolve(node, substitutor);
  }

  private void resolve(ObjectNode node, StringSubstitutor substitutor) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        resolve((ObjectNode) value, substitutor);
      } else if (value.isTextual()) {
        try {
          field.setValue(TextNode.valueOf(substitutor.replace(value.asText())));
        } catch (IllegalArgumentException e) {
          throw new ConfigException(
              field.getKey() + ": " + firstLine(e.getMessage()) + " (set it in the environment)");
        }
      }
    }
  }

  private AppConfig bind(ObjectNode tree) {
    try {
      return yaml.treeToValue(tree, AppConfig.class);
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException("Unknown configuration key '" + path(e) + "'");
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      String reason =
          cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
      throw new ConfigException(firstLine(reason) + " (at " + path(e) + ")");
    } catch (IOException e) {
      throw new ConfigException(firstLine(e.getMessage()));
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
