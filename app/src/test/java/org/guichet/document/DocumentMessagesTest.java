package org.guichet.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Refusals read as sentences in French and English, with sizes written the local way. */
class DocumentMessagesTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    DocumentMessagesTest() {
        messages.setBasename("i18n/document");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private String message(DocumentRejectedException e, Locale locale) {
        return messages.getMessage(e.messageCode(), e.messageArguments(), locale);
    }

    @Test
    void tellsTheLargestSizeInMegabytes() {
        var tooLarge = new DocumentRejectedException.TooLarge(UploadLimits.DEFAULT_MAX_BYTES);

        assertThat(message(tooLarge, Locale.FRENCH)).isEqualTo("Le fichier sélectionné doit faire moins de 10 Mo.");
        assertThat(message(tooLarge, Locale.ENGLISH)).isEqualTo("The selected file must be smaller than 10 MB.");
        assertThat(message(new DocumentRejectedException.TooLarge(2_621_440), Locale.FRENCH)).contains("2,5 Mo");
    }

    @Test
    void listsTheAcceptedFormats() {
        var forbidden = new DocumentRejectedException.ForbiddenType("application/zip",
                UploadLimits.defaults().allowing(FileType.JPEG, FileType.PDF));

        assertThat(message(forbidden, Locale.FRENCH)).isEqualTo("Le fichier sélectionné doit être dans l’un de ces formats : PDF, JPEG.");
        assertThat(message(forbidden, Locale.ENGLISH)).isEqualTo("The selected file must be in one of these formats: PDF, JPEG.");
    }

    @Test
    void explainsAnEmptyFile() {
        assertThat(message(new DocumentRejectedException.Empty(), Locale.FRENCH)).isEqualTo("Le fichier sélectionné est vide.");
    }

    @Test
    void hintsAtTheLimitsBeforeUpload() {
        var limits = UploadLimits.defaults().allowing(FileType.PDF, FileType.PNG).withMaxBytes(5L * 1024 * 1024);

        assertThat(messages.getMessage("document.upload.hint", limits.hintArguments(), Locale.FRENCH))
                .isEqualTo("Formats acceptés : PDF, PNG. Taille maximale : 5 Mo.");
    }
}
