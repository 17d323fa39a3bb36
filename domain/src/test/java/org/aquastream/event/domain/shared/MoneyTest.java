package org.aquastream.event.domain.shared;

import static org.aquastream.event.domain.InvalidValues.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @Test
  void wholeAmountsAreKeptWithTwoDecimalPlaces() {
    Money money = new Money(new BigDecimal("1500"), "RUB");

    assertThat(money.amount()).isEqualTo(new BigDecimal("1500.00"));
    assertThat(money.amount().scale()).isEqualTo(2);
    assertThat(money.currency()).isEqualTo("RUB");
  }

  @Test
  void trailingZerosBeyondTheCentsAreNotExtraPrecision() {
    assertThat(new Money(new BigDecimal("10.500"), "RUB").amount())
        .isEqualTo(new BigDecimal("10.50"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.005", "0.001", "1.999"})
  void fractionsOfACentAreRefused(String amount) {
    assertInvalidField(() -> new Money(new BigDecimal(amount), "RUB")).isEqualTo("price");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.01", "-100"})
  void negativeAmountsAreRefused(String amount) {
    assertInvalidField(() -> new Money(new BigDecimal(amount), "RUB")).isEqualTo("price");
  }

  @Test
  void theLargestAmountIsWhatTheDatabaseColumnHolds() {
    assertThat(new Money(new BigDecimal("99999999.99"), "RUB").amount())
        .isEqualTo(new BigDecimal("99999999.99"));
    assertInvalidField(() -> new Money(new BigDecimal("100000000.00"), "RUB")).isEqualTo("price");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rub", "RU", "RUBL", "R1B", ""})
  void currencyMustBeThreeUpperCaseLetters(String currency) {
    assertInvalidField(() -> new Money(BigDecimal.TEN, currency)).isEqualTo("currency");
  }

  @Test
  void amountAndCurrencyAreRequired() {
    assertInvalidField(() -> new Money(null, "RUB")).isEqualTo("amount");
    assertInvalidField(() -> new Money(BigDecimal.ONE, null)).isEqualTo("currency");
  }

  @Test
  void zeroIsZeroInItsCurrency() {
    Money zero = Money.zero("EUR");

    assertThat(zero.isZero()).isTrue();
    assertThat(zero.amount()).isEqualTo(new BigDecimal("0.00"));
    assertThat(zero.currency()).isEqualTo("EUR");
    assertThat(new Money(new BigDecimal("0.01"), "EUR").isZero()).isFalse();
  }

  @Test
  void equalAmountsWrittenDifferentlyAreEqualMoney() {
    assertThat(new Money(new BigDecimal("7"), "RUB"))
        .isEqualTo(new Money(new BigDecimal("7.00"), "RUB"));
  }

  @Test
  void aPartyCostsThePriceTimesItsSeatsAndOneSeatIsAnEqualShare() {
    Money price = new Money(new BigDecimal("1250.50"), "RUB");

    Money party = price.times(3);

    assertThat(party).isEqualTo(new Money(new BigDecimal("3751.50"), "RUB"));
    assertThat(party.share(3)).isEqualTo(price);
    assertThat(party.minus(price)).isEqualTo(new Money(new BigDecimal("2501.00"), "RUB"));
  }

  @Test
  void moreThanTheLargestAmountIsRefused() {
    assertInvalidField(() -> new Money(new BigDecimal("50000000.00"), "RUB").times(2))
        .isEqualTo("price");
  }

  @Test
  void amountsOfDifferentCurrenciesDoNotSubtract() {
    Money rub = new Money(BigDecimal.TEN, "RUB");
    Money eur = new Money(BigDecimal.ONE, "EUR");

    assertThatThrownBy(() -> rub.minus(eur)).isInstanceOf(IllegalArgumentException.class);
  }
}
