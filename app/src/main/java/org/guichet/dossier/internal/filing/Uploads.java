package org.guichet.dossier.internal.filing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.guichet.document.DocumentManagement;
import org.guichet.document.DocumentRejectedException;
import org.guichet.document.FileType;
import org.guichet.document.StoredDocument;
import org.guichet.document.UploadLimits;
import org.guichet.forms.Answers;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FileMetadata;
import org.guichet.forms.Page;
import org.guichet.shared.AccountId;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The files of a page's attachment fields: those already attached stay unless the usager removes
 * them; new ones are stored (type checked on their content, size on the field's limit) before the
 * page's answers are saved. A refused file becomes a message on its field; nothing else is lost.
 */
@Component
class Uploads {

    private final DocumentManagement documents;
    private final MessageSource messages;

    Uploads(DocumentManagement documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    /** A page's files after this request, and the messages for files that were refused. */
    record Result(Map<String, List<FileMetadata>> files, Map<String, String> errors) {}

    Result receive(Page page, Answers stored, HttpServletRequest request, AccountId owner, Locale locale) {
        Map<String, List<FileMetadata>> files = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Map.Entry<String, FieldType.Attachment> slot : slots(page, stored, request).entrySet()) {
            String name = slot.getKey();
            List<String> removed = List.of(request.getParameterValues(name + ".remove") == null
                    ? new String[0] : request.getParameterValues(name + ".remove"));
            List<FileMetadata> kept = new ArrayList<>(stored.files(name).stream()
                    .filter(f -> !removed.contains(f.reference())).toList());
            for (MultipartFile upload : uploads(request, name)) {
                try (InputStream in = upload.getInputStream()) {
                    StoredDocument doc = documents.store(TenantContext.require(), in, upload.getOriginalFilename(),
                            limits(slot.getValue()), owner);
                    kept.add(new FileMetadata(doc.id().value().toString(), doc.fileName(), doc.size(), doc.contentType()));
                } catch (DocumentRejectedException e) {
                    errors.put(name, messages.getMessage(e.messageCode(), e.messageArguments(), e.messageCode(), locale));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            files.put(name, kept);
        }
        return new Result(files, errors);
    }

    /**
     * Every input name of the page that takes files: its attachment fields, and those inside each row of its
     * repeatable blocks ({@code enfants[1].certificat}) — the rows sent now and those already saved.
     */
    private static Map<String, FieldType.Attachment> slots(Page page, Answers stored, HttpServletRequest request) {
        Map<String, FieldType.Attachment> slots = new LinkedHashMap<>();
        for (Field field : page.fields()) {
            if (field.type() instanceof FieldType.Attachment type) {
                slots.put(field.id(), type);
            } else if (field.type() instanceof FieldType.RepeatableBlock block) {
                int rows = Math.min(rowCount(field.id(), stored, request), block.maxRows());
                for (int row = 0; row < rows; row++) {
                    for (Field child : block.fields()) {
                        if (child.type() instanceof FieldType.Attachment type) {
                            slots.put(field.id() + "[" + row + "]." + child.id(), type);
                        }
                    }
                }
            }
        }
        return slots;
    }

    /** One more than the highest row index of the block among the names sent and saved, capped by the block's limit. */
    private static int rowCount(String block, Answers stored, HttpServletRequest request) {
        java.util.stream.Stream<String> names = java.util.stream.Stream.concat(stored.keys().stream(),
                java.util.stream.Stream.concat(request.getParameterMap().keySet().stream(), fileNames(request).stream()));
        java.util.regex.Pattern row = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(block) + "\\[(\\d{1,3})\\]\\..*");
        return names.map(row::matcher).filter(java.util.regex.Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1)) + 1).max().orElse(0);
    }

    private static java.util.Set<String> fileNames(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        return multipart == null ? java.util.Set.of() : multipart.getFileMap().keySet();
    }

    private static List<MultipartFile> uploads(HttpServletRequest request, String name) {
        // Filters (security, sessions) wrap the multipart request: look for it beneath them.
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        return multipart == null ? List.of() : multipart.getFiles(name).stream().filter(f -> !f.isEmpty()).toList();
    }

    /** The document store's limits for a field: its size, and the file types its MIME patterns allow. */
    static UploadLimits limits(FieldType.Attachment type) {
        Set<FileType> allowed = EnumSet.noneOf(FileType.class);
        for (FileType fileType : FileType.values()) {
            if (type.allowedTypes().isEmpty() || type.allowedTypes().stream().anyMatch(p -> matches(p, fileType.mediaType()))) {
                allowed.add(fileType);
            }
        }
        if (allowed.isEmpty()) {
            allowed.add(FileType.PDF);
        }
        UploadLimits limits = new UploadLimits(UploadLimits.DEFAULT_MAX_BYTES, allowed);
        return type.maxSizeBytes() > 0 ? limits.withMaxBytes(type.maxSizeBytes()) : limits;
    }

    private static boolean matches(String pattern, String mediaType) {
        String p = pattern.toLowerCase(Locale.ROOT).strip();
        return p.endsWith("/*") ? mediaType.startsWith(p.substring(0, p.length() - 1)) : p.equals(mediaType);
    }
}
