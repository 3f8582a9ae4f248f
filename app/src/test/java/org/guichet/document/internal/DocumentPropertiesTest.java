package org.guichet.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

/** The store setting defaults to the filesystem and must name a store id. */
class DocumentPropertiesTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void defaultsToTheFilesystemStore() {
        DocumentProperties properties = new DocumentProperties(null, null);

        assertThat(properties.store()).isEqualTo("filesystem");
        assertThat(validator.validate(properties)).isEmpty();
    }

    @Test
    void refusesABlankOrMalformedStoreId() {
        assertThat(validator.validate(new DocumentProperties(" ", null))).isNotEmpty();
        assertThat(validator.validate(new DocumentProperties("../s3", null))).isNotEmpty();
    }
}
