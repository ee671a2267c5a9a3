package io.bitewing.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.support.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one definition of a carrier name for matching, {@code carrier_match_name} in V19__insurance_draft.sql. */
@ApiTest
class CarrierMatchNameTest {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "\"{0}\" matches as \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Delta Dental, Inc.|delta dental",
                "DELTA DENTAL|delta dental",
                "  Delta   Dental  |delta dental",
                "Acme Co., Inc.|acme",
                "Smith's Dental Company|smiths dental",
                "U.S. Dental LLC|us dental",
                "Blue Cross/Blue Shield Corp|blue cross blue shield",
                "Guardian Life Insurance Co. of America|guardian life insurance co of america",
                "Harbor Lane Ltd.|harbor lane",
                "Co|co",
                "Company Dental|company dental"
            })
    void dropsCasePunctuationAndTrailingCorporateWords(String name, String matchName) {
        assertThat(matchName(name)).isEqualTo(matchName);
    }

    @ParameterizedTest(name = "\"{0}\" has no matching name")
    @CsvSource(
            delimiter = '|',
            value = {"'...'", "' '"})
    void aNameOfPunctuationAloneMatchesNothing(String name) {
        assertThat(matchName(name)).isNull();
    }

    private String matchName(String name) {
        return jdbc.sql("select carrier_match_name(:name)")
                .param("name", name)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
