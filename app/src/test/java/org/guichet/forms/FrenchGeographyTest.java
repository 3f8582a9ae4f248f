package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped official geography and its lookups. */
class FrenchGeographyTest {

    private static final FrenchGeography GEO = FrenchGeography.official();

    @Test
    void loadsEveryCurrentCommuneDepartementAndRegion() {
        assertThat(GEO.source()).isEqualTo("@etalab/decoupage-administratif@6.0.0");
        assertThat(GEO.communeCount()).isEqualTo(34_969);
        assertThat(GEO.departements()).hasSize(109);
        assertThat(GEO.regions()).hasSize(26);
    }

    @Test
    void findsCommunesByInseeCodeIncludingCorsicaAndOverseas() {
        assertThat(GEO.commune("33063")).get().extracting(Commune::name, Commune::departementCode).containsExactly("Bordeaux", "33");
        assertThat(GEO.commune("2A004")).get().extracting(Commune::name, Commune::departementCode).containsExactly("Ajaccio", "2A");
        assertThat(GEO.commune("97411")).get().extracting(Commune::name, Commune::departementCode).containsExactly("Saint-Denis", "974");
        assertThat(GEO.commune("33000")).isEmpty();
    }

    @Test
    void findsTheCommunesAPostcodeServes() {
        assertThat(GEO.communesWithPostcode("75015")).extracting(Commune::code).containsExactly("75056");
        assertThat(GEO.communesWithPostcode("33000")).extracting(Commune::name).containsExactly("Bordeaux");
        assertThat(GEO.communesWithPostcode("01400")).extracting(Commune::name).contains("L'Abergement-Clémenciat");
        assertThat(GEO.communesWithPostcode("00000")).isEmpty();
    }

    @Test
    void searchesNamesIgnoringAccentsCaseAndAbbreviations() {
        assertThat(GEO.searchCommunes("EVREUX", 5)).extracting(Commune::name).first().isEqualTo("Évreux");
        assertThat(GEO.searchCommunes("st denis", 3)).extracting(Commune::code).containsExactly("93066", "97411", "11339");
        assertThat(GEO.searchCommunes("l abergement clemenciat", 5)).extracting(Commune::code).containsExactly("01001");
    }

    @Test
    void ranksExactNamesThenPrefixesThenWordsMostPopulousFirst() {
        assertThat(GEO.searchCommunes("Lyon", 3)).extracting(Commune::name).first().isEqualTo("Lyon");
        assertThat(GEO.searchCommunes("Bord", 1)).extracting(Commune::name).containsExactly("Bordeaux");
        assertThat(GEO.searchCommunes("denis", 2)).extracting(Commune::name).containsOnly("Saint-Denis");
    }

    @Test
    void searchesByPostcodeOrInseeCodeToo() {
        assertThat(GEO.searchCommunes("33000", 5)).extracting(Commune::name).containsExactly("Bordeaux");
        assertThat(GEO.searchCommunes("2a004", 5)).extracting(Commune::name).containsExactly("Ajaccio");
        assertThat(GEO.searchCommunes("  ", 5)).isEmpty();
    }

    @Test
    void findsDepartementsAndRegionsByCodeOrName() {
        assertThat(GEO.departement("2B")).get().extracting(Departement::name, Departement::regionCode).containsExactly("Haute-Corse", "94");
        assertThat(GEO.departementNamed("cotes d armor")).get().extracting(Departement::code).isEqualTo("22");
        assertThat(GEO.region("75")).get().extracting(Region::name).isEqualTo("Nouvelle-Aquitaine");
        assertThat(GEO.regionNamed("ile-de-france")).get().extracting(Region::code).isEqualTo("11");
    }

    @Test
    void communeAndDepartementPickersAcceptWhatPeopleType() {
        assertThat(FormTesting.value(FormTesting.validate(new FieldType.CommunePicker(), "f", "33063")))
                .extracting("name").isEqualTo("Bordeaux");
        assertThat(FormTesting.value(FormTesting.validate(new FieldType.CommunePicker(), "f", "Saint-Denis (974)")))
                .extracting("code").isEqualTo("97411");
        assertThat(FormTesting.value(FormTesting.validate(new FieldType.CommunePicker(), "f", "93200 St Denis")))
                .extracting("code").isEqualTo("93066");
        assertThat(FormTesting.value(FormTesting.validate(new FieldType.DepartementPicker(), "f", "2a")))
                .extracting("name").isEqualTo("Corse-du-Sud");
        assertThat(FormTesting.value(FormTesting.validate(new FieldType.DepartementPicker(), "f", "1")))
                .extracting("name").isEqualTo("Ain");
        assertThat(FormTesting.value(FormTesting.validate(new FieldType.RegionPicker(), "f", "bretagne")))
                .extracting("code").isEqualTo("53");
    }

    @Test
    void asksToTellNamesakesApartWithAPostcode() {
        FieldError error = FormTesting.onlyError(FormTesting.validate(new FieldType.CommunePicker(), "f", "Saint-Denis"));
        assertThat(error.messageKey()).isEqualTo("forms.error.commune.ambiguous");
        assertThat(error.args()).containsExactly("Champ", "Saint-Denis", "93200");
        assertThat(FormTesting.onlyError(FormTesting.validate(new FieldType.CommunePicker(), "f", "Gotham City")).messageKey())
                .isEqualTo("forms.error.commune.unknown");
        assertThat(FormTesting.onlyError(FormTesting.validate(new FieldType.DepartementPicker(), "f", "100")).messageKey())
                .isEqualTo("forms.error.departement.unknown");
    }
}
