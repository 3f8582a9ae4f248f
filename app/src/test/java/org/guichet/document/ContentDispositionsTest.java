package org.guichet.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Download headers carry any name exactly, and nothing that could break the header. */
class ContentDispositionsTest {

    @Test
    void givesTheExactNameInUtf8AndAnAsciiFallback() {
        assertThat(ContentDispositions.attachment("Relevé n°2 (été).pdf")).isEqualTo(
                "attachment; filename=\"Releve n_2 (ete).pdf\"; filename*=UTF-8''Relev%C3%A9%20n%C2%B02%20%28%C3%A9t%C3%A9%29.pdf");
    }

    @Test
    void letsBrowsersShowInlineDocuments() {
        assertThat(ContentDispositions.inline("avis.pdf")).isEqualTo("inline; filename=\"avis.pdf\"; filename*=UTF-8''avis.pdf");
    }

    @Test
    void neutralisesQuotesBackslashesAndLineBreaks() {
        String header = ContentDispositions.attachment("a\"b\\c\r\nSet-Cookie: x.pdf");

        assertThat(header).doesNotContain("\r").doesNotContain("\n")
                .startsWith("attachment; filename=\"a_b_c__Set-Cookie: x.pdf\"; filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x.pdf");
    }

    @Test
    void namesAFileWithoutANameDocument() {
        assertThat(ContentDispositions.attachment(" ")).startsWith("attachment; filename=\"document\"");
    }
}
