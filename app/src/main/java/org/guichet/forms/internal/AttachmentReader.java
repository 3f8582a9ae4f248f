package org.guichet.forms.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.guichet.forms.FieldType.Attachment;
import org.guichet.forms.FileMetadata;

/** Checks the metadata of uploaded files: how many, how large, of which detected type. */
final class AttachmentReader {

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024 * 1024);

    private AttachmentReader() {}

    static Outcome read(List<FileMetadata> files, Attachment field) {
        if (files.isEmpty()) {
            return Outcome.EMPTY;
        }
        if (files.size() > field.maxFiles()) {
            return Outcome.error("", "forms.error.file.tooMany", field.maxFiles());
        }
        List<Outcome.Problem> problems = new ArrayList<>();
        for (FileMetadata file : files) {
            if (file.sizeBytes() <= 0) {
                problems.add(problem("forms.error.file.empty", file.fileName()));
            } else if (file.sizeBytes() > field.maxSizeBytes()) {
                problems.add(problem("forms.error.file.tooLarge", file.fileName(), megabytes(field.maxSizeBytes())));
            } else if (!allowed(file.contentType(), field.allowedTypes())) {
                problems.add(problem("forms.error.file.type", file.fileName(), labels(field.allowedTypes())));
            }
        }
        return problems.isEmpty() ? Outcome.of(List.copyOf(files)) : Outcome.errors(problems);
    }

    private static boolean allowed(String contentType, List<String> allowedTypes) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (String allowed : allowedTypes) {
            boolean family = allowed.endsWith("/*") && type.startsWith(allowed.substring(0, allowed.length() - 1));
            if (family || allowed.equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** Names people know ("PDF, JPG") rather than MIME types. */
    static String labels(List<String> allowedTypes) {
        return allowedTypes.stream().map(type -> switch (type) {
            case "image/jpeg" -> "JPG";
            case "image/*" -> "image";
            default -> type.substring(type.indexOf('/') + 1).replace("vnd.", "").toUpperCase(Locale.ROOT);
        }).distinct().collect(Collectors.joining(", "));
    }

    private static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(MEGABYTE, 1, RoundingMode.DOWN).stripTrailingZeros();
    }

    private static Outcome.Problem problem(String key, Object... args) {
        return new Outcome.Problem("", key, List.of(args));
    }
}
