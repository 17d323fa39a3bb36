package org.aquastream.event.bootstrap.db;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.aquastream.event.bootstrap.config.ConfigException;

/**
 * A PostgreSQL server to connect to. Accepts a JDBC URL or the {@code
 * postgres://user:password@host:port/db} form many platforms put in {@code DATABASE_URL}.
 */
public record JdbcTarget(String jdbcUrl, String username, String password) {

  @Override
  public String toString() {
    return "JdbcTarget[" + jdbcUrl + ", user=" + username + "]";
  }

  public static JdbcTarget parse(String url, String username, String password) {
    return parse("database.url", url, username, password);
  }

  /** As {@link #parse(String, String, String)}; a bad URL's message names {@code key}. */
  public static JdbcTarget parse(String key, String url, String username, String password) {
    if (url.startsWith("jdbc:postgresql:")) {
      return new JdbcTarget(url, username, password);
    }
    if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
      return fromUri(key, URI.create(url), username, password);
    }
    throw new ConfigException(
        key + " must start with jdbc:postgresql:, postgres:// or postgresql://");
  }

  private static JdbcTarget fromUri(String key, URI uri, String username, String password) {
    if (uri.getHost() == null) {
      throw new ConfigException(key + " names no host");
    }
    String user = username;
    String secret = password;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      secret = parts.length > 1 ? decode(parts[1]) : secret;
    }
    int port = uri.getPort() > 0 ? uri.getPort() : 5432;
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query;
    return new JdbcTarget(jdbc, user, secret);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
