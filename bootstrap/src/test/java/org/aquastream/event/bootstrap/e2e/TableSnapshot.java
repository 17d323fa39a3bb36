package org.aquastream.event.bootstrap.e2e;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What schema {@code event} holds at one moment: for every table its row count and a checksum of
 * every row, and the last value of every sequence. Two equal snapshots mean nothing was written in
 * between (a failed request that wrote half a change and rolled back leaves no trace either).
 */
record TableSnapshot(Map<String, String> contents) {

  static TableSnapshot of(DataSource dataSource) {
    Map<String, String> contents = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : names(statement, "SELECT tablename FROM pg_tables")) {
        contents.put(table, single(statement, checksumOf(table)));
      }
      for (String sequence : names(statement, "SELECT sequencename FROM pg_sequences")) {
        contents.put(
            sequence + " (sequence)",
            single(
                statement,
                "SELECT coalesce(last_value::text, '-') FROM pg_sequences"
                    + " WHERE schemaname = 'event' AND sequencename = '"
                    + sequence
                    + "'"));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot snapshot schema event", e);
    }
    return new TableSnapshot(contents);
  }

  /** Row count and an order-independent checksum of the rows' text. */
  private static String checksumOf(String table) {
    return "SELECT count(*) || ' rows, ' || coalesce(md5(string_agg(md5(t::text), ''"
        + " ORDER BY md5(t::text))), 'empty') FROM event.\""
        + table
        + "\" t";
  }

  private static List<String> names(Statement statement, String catalogQuery) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rows =
        statement.executeQuery(catalogQuery + " WHERE schemaname = 'event' ORDER BY 1")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
