package org.aquastream.event.adapter.postgres;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the {@code event} schema up to date with the Flyway migrations in {@code db/migration}.
 */
public final class PostgresMigrations {
  /** The schema that holds every table of this service, and Flyway's history table. */
  public static final String SCHEMA = "event";

  private PostgresMigrations() {}

  /**
   * Applies every pending migration, creating the schema when missing.
   *
   * @return how many migrations were applied; 0 when the schema was already current
   */
  public static int migrate(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .defaultSchema(SCHEMA)
        .createSchemas(true)
        .locations("classpath:db/migration")
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
