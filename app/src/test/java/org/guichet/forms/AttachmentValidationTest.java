package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.forms.FormTesting.VALIDATOR;
import static org.guichet.forms.FormTesting.form;
import static org.guichet.forms.FormTesting.onlyError;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Uploaded files: the engine checks the metadata it is given (count, size, detected type). */
class AttachmentValidationTest {

    private static final long MB = 1024 * 1024;
    private static final FieldType.Attachment PROOFS = new FieldType.Attachment(2, 5 * MB, List.of("application/pdf", "image/*"));

    private static ValidationResult upload(Field field, FileMetadata... files) {
        return VALIDATOR.validateForm(form(field), Answers.of(Map.of(), Map.of("f", List.of(files))));
    }

    private static ValidationResult upload(FileMetadata... files) {
        return upload(Field.of("f", "Justificatif de domicile", PROOFS), files);
    }

    private static FileMetadata file(String name, long size, String type) {
        return new FileMetadata("doc-" + name, name, size, type);
    }

    @Test
    void acceptsFilesWithinTheLimits() {
        FileMetadata pdf = file("facture.pdf", 2 * MB, "application/pdf");
        FileMetadata photo = file("photo.heic", MB, "image/heic");
        assertThat(upload(pdf, photo).values().get("f")).contains(List.of(pdf, photo));
    }

    @Test
    void refusesMoreFilesThanAllowed() {
        FieldError error = onlyError(upload(file("a.pdf", 10, "application/pdf"), file("b.pdf", 10, "application/pdf"),
                file("c.pdf", 10, "application/pdf")));
        assertThat(error.messageKey()).isEqualTo("forms.error.file.tooMany");
        assertThat(error.args()).containsExactly("Justificatif de domicile", 2);
    }

    @Test
    void refusesFilesLargerThanTheFieldsMaximum() {
        FieldError error = onlyError(upload(file("scan.pdf", 5 * MB + 1, "application/pdf")));
        assertThat(error.messageKey()).isEqualTo("forms.error.file.tooLarge");
        assertThat(error.args()).containsExactly("Justificatif de domicile", "scan.pdf", new java.math.BigDecimal("5"));
    }

    @Test
    void refusesFilesOfATypeNotAllowedWhateverTheirName() {
        FieldError error = onlyError(upload(file("facture.pdf", MB, "application/x-msdownload")));
        assertThat(error.messageKey()).isEqualTo("forms.error.file.type");
        assertThat(error.args()).containsExactly("Justificatif de domicile", "facture.pdf", "PDF, image");
    }

    @Test
    void readsContentTypeParametersAndCase() {
        assertThat(upload(file("a.pdf", 10, "Application/PDF; version=1.7")).valid()).isTrue();
    }

    @Test
    void refusesEmptyFiles() {
        assertThat(onlyError(upload(file("vide.pdf", 0, "application/pdf"))).messageKey()).isEqualTo("forms.error.file.empty");
    }

    @Test
    void asksForAFileWhenRequired() {
        assertThat(onlyError(upload(Field.of("f", "Pièce d’identité", new FieldType.Attachment()).asRequired())).messageKey())
                .isEqualTo("forms.error.required.file");
    }

    @Test
    void namesAllowedTypesAsPeopleKnowThem() {
        ValidationResult result = upload(Field.of("f", "Photo", new FieldType.Attachment()), file("x.gif", 10, "image/gif"));
        assertThat(onlyError(result).args()).last().isEqualTo("PDF, JPG, PNG");
    }
}
