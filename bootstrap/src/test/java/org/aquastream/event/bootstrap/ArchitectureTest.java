package org.aquastream.event.bootstrap;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import org.aquastream.event.domain.booking.Booking;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagon, enforced: dependencies point inwards and adapters never know each other; the two
 * peer adapters share only the peer-calling module, which knows no adapter.
 */
class ArchitectureTest {
  private static final String ROOT = "org.aquastream.event";
  private static final String DOMAIN = ROOT + ".domain..";
  private static final String APPLICATION = ROOT + ".application..";
  private static final String BOOTSTRAP = ROOT + ".bootstrap..";
  private static final String[] ADAPTERS = {
    ROOT + ".adapter.http..",
    ROOT + ".adapter.postgres..",
    ROOT + ".adapter.payment..",
    ROOT + ".adapter.notification.."
  };

  /** How to call a peer service; shared by the payment and notification adapters only. */
  private static final String PEER = ROOT + ".adapter.peer..";

  private static final String[] FRAMEWORKS = {
    "io.javalin..",
    "org.jdbi..",
    "okhttp3..",
    "io.github.resilience4j..",
    "org.flywaydb..",
    "com.fasterxml.jackson..",
    "java.sql..",
    "javax.sql..",
    "org.slf4j..",
    "io.micrometer..",
    "com.github.kagkarlsson.."
  };

  private static JavaClasses mainClasses;

  @BeforeAll
  static void importMainClasses() {
    mainClasses =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ArchitectureTest::notATestJar)
            .importPackages(ROOT);
  }

  private static boolean notATestJar(Location location) {
    return !location.contains("-tests.jar");
  }

  @Test
  void everyLayerAndAdapterIsPresentInTheImport() {
    List<String> expected = new ArrayList<>(List.of(DOMAIN, APPLICATION, BOOTSTRAP, PEER));
    expected.addAll(List.of(ADAPTERS));
    for (String layer : expected) {
      org.assertj.core.api.Assertions.assertThat(
              mainClasses.stream()
                  .anyMatch(c -> c.getPackageName().startsWith(layer.replace("..", ""))))
          .as("classes of %s were imported", layer)
          .isTrue();
    }
  }

  @Test
  void domainDependsOnTheJdkOnly() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(DOMAIN, "java..");
    rule.check(mainClasses);
  }

  @Test
  void applicationDependsOnTheDomainOnly() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage(APPLICATION)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(APPLICATION, DOMAIN, "java..", "jakarta.inject..");
    rule.check(mainClasses);
  }

  @Test
  void noFrameworkTypeReachesTheDomainOrTheApplication() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN, APPLICATION)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS)
        .check(mainClasses);
  }

  @Test
  void adaptersNeverImportEachOther() {
    for (String adapter : ADAPTERS) {
      String[] others =
          java.util.Arrays.stream(ADAPTERS).filter(a -> !a.equals(adapter)).toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(adapter)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .check(mainClasses);
    }
  }

  @Test
  void thePeerModuleKnowsNoAdapter() {
    noClasses()
        .that()
        .resideInAPackage(PEER)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ADAPTERS)
        .check(mainClasses);
  }

  @Test
  void thePeerModuleKnowsOnlyTheApplicationsFailureTypes() {
    classes()
        .that()
        .resideInAPackage(PEER)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            PEER, ROOT + ".application.error..", "java..", "okhttp3..", "io.github.resilience4j..")
        .check(mainClasses);
  }

  @Test
  void onlyThePaymentAndNotificationAdaptersAndBootstrapUseThePeerModule() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            PEER, ROOT + ".adapter.payment..", ROOT + ".adapter.notification..", BOOTSTRAP)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(PEER)
        .check(mainClasses);
  }

  @Test
  void onlyBootstrapSeesBootstrap() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BOOTSTRAP)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BOOTSTRAP)
        .check(mainClasses);
  }

  @Test
  void aggregatesAreRestoredOnlyByThePostgresAdapter() {
    aggregatesRestoredOnlyByThePostgresAdapter().check(mainClasses);
  }

  @Test
  void theRestoreRuleCatchesAnAdapterThatRehydratesAnAggregate() {
    JavaClasses offender = new ClassFileImporter().importClasses(RehydratesABooking.class);

    assertThatThrownBy(() -> aggregatesRestoredOnlyByThePostgresAdapter().check(offender))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("restore");
  }

  /** Creating is not rehydrating: only the code that reads rows back may skip the rules. */
  private static ArchRule aggregatesRestoredOnlyByThePostgresAdapter() {
    return noClasses()
        .that()
        .resideOutsideOfPackages(ROOT + ".adapter.postgres..", DOMAIN)
        .should()
        .callMethodWhere(
            target(name("restore"))
                .and(target(owner(JavaClass.Predicates.resideInAPackage(DOMAIN)))))
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(Booking.Builder.class);
  }

  /** Stands for an adapter that rebuilds a booking from outside the PostgreSQL adapter. */
  static final class RehydratesABooking {
    Object rebuild() {
      return Booking.restore();
    }
  }

  @Test
  void adaptersReachTheApplicationOnlyThroughItsPorts() {
    noClasses()
        .that()
        .resideInAnyPackage(ADAPTERS)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".application.service..")
        .check(mainClasses);
  }

  @Test
  void theHttpAdapterCallsInboundPortsOnly() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".adapter.http..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".application.port.out..")
        .check(mainClasses);
  }

  @Test
  void inboundPortsAreNamedUseCaseAndImplementedByServices() {
    classes()
        .that()
        .resideInAPackage(ROOT + ".application.port.in..")
        .and()
        .areInterfaces()
        .and()
        .areTopLevelClasses()
        .and()
        .doNotHaveSimpleName("BookingOutcome")
        .should()
        .haveSimpleNameEndingWith("UseCase")
        .check(mainClasses);
    classes()
        .that()
        .implement(
            com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("UseCase"))
        .should()
        .haveSimpleNameEndingWith("Service")
        .andShould()
        .resideInAPackage(ROOT + ".application.service..")
        .check(mainClasses);
  }
}
