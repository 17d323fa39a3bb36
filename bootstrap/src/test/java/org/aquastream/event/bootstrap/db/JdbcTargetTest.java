package org.aquastream.event.bootstrap.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aquastream.event.bootstrap.config.ConfigException;
import org.junit.jupiter.api.Test;

class JdbcTargetTest {

  @Test
  void aJdbcUrlIsUsedAsItIsWithTheConfiguredCredentials() {
    JdbcTarget target = JdbcTarget.parse("jdbc:postgresql://db:5432/aquastream", "svc", "pw");

    assertThat(target)
        .isEqualTo(new JdbcTarget("jdbc:postgresql://db:5432/aquastream", "svc", "pw"));
  }

  @Test
  void aPlatformStyleUrlCarriesItsOwnCredentials() {
    JdbcTarget target =
        JdbcTarget.parse("postgres://app:p%40ss@db.internal:6432/events?sslmode=require", "x", "y");

    assertThat(target.jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.internal:6432/events?sslmode=require");
    assertThat(target.username()).isEqualTo("app");
    assertThat(target.password()).isEqualTo("p@ss");
  }

  @Test
  void thePortDefaultsTo5432() {
    assertThat(JdbcTarget.parse("postgresql://db/events", "u", "p").jdbcUrl())
        .isEqualTo("jdbc:postgresql://db:5432/events");
  }

  @Test
  void otherSchemesAreRefused() {
    assertThatThrownBy(() -> JdbcTarget.parse("mysql://db/events", "u", "p"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("database.url must start with");
  }

  @Test
  void thePasswordStaysOutOfTheDescription() {
    assertThat(new JdbcTarget("jdbc:postgresql://db/e", "u", "secret").toString())
        .doesNotContain("secret");
  }

  @Test
  void aBadReplicaUrlIsReportedUnderItsOwnKey() {
    assertThatThrownBy(() -> JdbcTarget.parse("database.replica.url", "mysql://db/x", "u", "p"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("database.replica.url must start with");
  }
}
